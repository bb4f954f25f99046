using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThanhMieu.Portal.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Fragment = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    FoldedTitle = table.Column<string>(type: "TEXT", nullable: false),
                    FoldedText = table.Column<string>(type: "TEXT", nullable: false),
                    DateUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VisibleFromUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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

            // The FTS5 table and its triggers (ADR 0007).
            foreach (var statement in SearchIndexSql.SqliteUp)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in SearchIndexSql.SqliteDown)
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropTable(
                name: "SearchEntries");
        }
    }
}
