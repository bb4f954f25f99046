using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThanhMieu.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_CategoryId",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_Id",
                table: "AuditEntries",
                columns: new[] { "Action", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_Id",
                table: "AuditEntries",
                columns: new[] { "EntityType", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_CategoryListing",
                table: "Articles",
                columns: new[] { "CategoryId", "PublishedAtUtc", "Id", "IsArchived", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_IsPinned_PinnedUntilUtc",
                table: "Articles",
                columns: new[] { "IsPinned", "PinnedUntilUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Listing",
                table: "Articles",
                columns: new[] { "PublishedAtUtc", "Id", "IsArchived", "Status", "CategoryId", "UpdatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Action_Id",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_EntityType_Id",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_Articles_CategoryListing",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_IsPinned_PinnedUntilUtc",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Listing",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_CategoryId",
                table: "Articles",
                column: "CategoryId");
        }
    }
}
