using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThanhMieu.Portal.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Tags",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Indicators",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "HeritageSites",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "FormerUnits",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Festivals",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Categories",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Breakthroughs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsArchived",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Articles",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // Archiving is no longer an article status but the archive flag every content type has. An archived
            // article keeps its publish time, so restoring it publishes it again; one never published returns as a draft.
            migrationBuilder.Sql(
                "UPDATE Articles SET IsArchived = 1, Status = CASE WHEN PublishedAtUtc IS NULL THEN 'Draft' ELSE 'Published' END WHERE Status = 'Archived';");
            migrationBuilder.Sql(
                "UPDATE ArticleRevisions SET Status = CASE WHEN PublishedAtUtc IS NULL THEN 'Draft' ELSE 'Published' END WHERE Status = 'Archived';");
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
