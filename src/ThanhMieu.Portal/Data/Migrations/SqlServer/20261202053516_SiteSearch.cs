using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThanhMieu.Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SiteSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Fragment = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    FoldedTitle = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    FoldedText = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DateUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VisibleFromUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Kind_ItemId",
                table: "SearchEntries",
                columns: new[] { "Kind", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Ranking",
                table: "SearchEntries",
                columns: new[] { "DateUtc", "VisibleFromUtc" });

            // The full-text index where the server has Full-Text Search (ADR 0007); outside the migration's transaction.
            migrationBuilder.Sql(SearchIndexSql.SqlServerUp, suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexSql.SqlServerDown, suppressTransaction: true);

            migrationBuilder.DropTable(
                name: "SearchEntries");
        }
    }
}
