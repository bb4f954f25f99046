using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThanhMieu.Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EnglishPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ManagingAgencyEn",
                table: "SiteSettings",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfficeAddressEn",
                table: "SiteSettings",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfficialNameEn",
                table: "SiteSettings",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OneStopDeskHoursEn",
                table: "SiteSettings",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OneStopDeskPlaceEn",
                table: "SiteSettings",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceptionScheduleEn",
                table: "SiteSettings",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WorkingHoursEn",
                table: "SiteSettings",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DutiesEnHtml",
                table: "Organisations",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DutiesEnMarkdown",
                table: "Organisations",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "Organisations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PositionEn",
                table: "Officials",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ManagingAgencyEn",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "OfficeAddressEn",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "OfficialNameEn",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "OneStopDeskHoursEn",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "OneStopDeskPlaceEn",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "ReceptionScheduleEn",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "WorkingHoursEn",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "DutiesEnHtml",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "DutiesEnMarkdown",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "PositionEn",
                table: "Officials");
        }
    }
}
