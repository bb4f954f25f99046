using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThanhMieu.Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PicturesAndGallery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Height",
                table: "MediaAssets",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Width",
                table: "MediaAssets",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "HeritagePhotos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HeritageSiteId = table.Column<int>(type: "int", nullable: false),
                    MediaAssetId = table.Column<int>(type: "int", nullable: false),
                    AltText = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Caption = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeritagePhotos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeritagePhotos_HeritageSites_HeritageSiteId",
                        column: x => x.HeritageSiteId,
                        principalTable: "HeritageSites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HeritagePhotos_MediaAssets_MediaAssetId",
                        column: x => x.MediaAssetId,
                        principalTable: "MediaAssets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HeritagePhotos_HeritageSiteId_SortOrder",
                table: "HeritagePhotos",
                columns: new[] { "HeritageSiteId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_HeritagePhotos_MediaAssetId",
                table: "HeritagePhotos",
                column: "MediaAssetId");

            // The old gallery table was never editable; any row pointing at a library image is kept as a photo.
            migrationBuilder.Sql(@"INSERT INTO [HeritagePhotos] ([HeritageSiteId], [MediaAssetId], [AltText], [Caption], [SortOrder]) SELECT i.[HeritageSiteId], m.[Id], i.[AltText], NULLIF(i.[Caption], N''), i.[SortOrder] FROM [HeritageImages] i JOIN [MediaAssets] m ON i.[Path] = '/media/' + m.[FileName];");

            migrationBuilder.DropTable(
                name: "HeritageImages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HeritagePhotos");

            migrationBuilder.DropColumn(
                name: "Height",
                table: "MediaAssets");

            migrationBuilder.DropColumn(
                name: "Width",
                table: "MediaAssets");

            migrationBuilder.CreateTable(
                name: "HeritageImages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HeritageSiteId = table.Column<int>(type: "int", nullable: false),
                    AltText = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Caption = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Path = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeritageImages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeritageImages_HeritageSites_HeritageSiteId",
                        column: x => x.HeritageSiteId,
                        principalTable: "HeritageSites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HeritageImages_HeritageSiteId",
                table: "HeritageImages",
                column: "HeritageSiteId");
        }
    }
}
