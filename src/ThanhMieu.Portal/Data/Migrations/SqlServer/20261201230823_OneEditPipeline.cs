using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThanhMieu.Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OneEditPipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Targets",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Tags",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Indicators",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "HeritageSites",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "FormerUnits",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Festivals",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Categories",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Breakthroughs",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsArchived",
                table: "Articles",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Articles",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            // (Wrapped in EXEC so that an idempotent script compiles before the column exists.)
            // Archiving is no longer an article status but the archive flag every content type has. An archived
            // article keeps its publish time, so restoring it publishes it again; one never published returns as a draft.
            migrationBuilder.Sql(
                "EXEC(N'UPDATE Articles SET IsArchived = 1, Status = CASE WHEN PublishedAtUtc IS NULL THEN ''Draft'' ELSE ''Published'' END WHERE Status = ''Archived'';');");
            migrationBuilder.Sql(
                "EXEC(N'UPDATE ArticleRevisions SET Status = CASE WHEN PublishedAtUtc IS NULL THEN ''Draft'' ELSE ''Published'' END WHERE Status = ''Archived'';');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE Articles SET Status = 'Archived' WHERE IsArchived = 1;");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Tags");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "HeritageSites");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "FormerUnits");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Festivals");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Categories");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Breakthroughs");

            migrationBuilder.DropColumn(
                name: "IsArchived",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Articles");
        }
    }
}
