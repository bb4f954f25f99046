using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThanhMieu.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChildRowStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "ProgressUpdates",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "ProgressUpdates",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "ProgressUpdates",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "ProgressUpdates",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "Officials",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "Officials",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "Officials",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Officials",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "Observations",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "Observations",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "Observations",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Observations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "LegalDocumentFiles",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "LegalDocumentFiles",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "LegalDocumentFiles",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "LegalDocumentFiles",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "HeritagePhotos",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "HeritagePhotos",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "HeritagePhotos",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "HeritagePhotos",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // Rows saved before stamps existed get one each (in EF's upper-case text form) and their parent's times.
            migrationBuilder.Sql("UPDATE \"Observations\" SET \"ConcurrencyStamp\" = hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)), \"CreatedAtUtc\" = (SELECT p.\"CreatedAtUtc\" FROM \"Indicators\" p WHERE p.\"Id\" = \"Observations\".\"IndicatorId\"), \"UpdatedAtUtc\" = (SELECT p.\"UpdatedAtUtc\" FROM \"Indicators\" p WHERE p.\"Id\" = \"Observations\".\"IndicatorId\");");
            migrationBuilder.Sql("UPDATE \"ProgressUpdates\" SET \"ConcurrencyStamp\" = hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)), \"CreatedAtUtc\" = (SELECT p.\"CreatedAtUtc\" FROM \"Targets\" p WHERE p.\"Id\" = \"ProgressUpdates\".\"TargetId\"), \"UpdatedAtUtc\" = (SELECT p.\"UpdatedAtUtc\" FROM \"Targets\" p WHERE p.\"Id\" = \"ProgressUpdates\".\"TargetId\");");
            migrationBuilder.Sql("UPDATE \"Officials\" SET \"ConcurrencyStamp\" = hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)), \"CreatedAtUtc\" = (SELECT p.\"CreatedAtUtc\" FROM \"Organisations\" p WHERE p.\"Id\" = \"Officials\".\"OrganisationId\"), \"UpdatedAtUtc\" = (SELECT p.\"UpdatedAtUtc\" FROM \"Organisations\" p WHERE p.\"Id\" = \"Officials\".\"OrganisationId\");");
            migrationBuilder.Sql("UPDATE \"LegalDocumentFiles\" SET \"ConcurrencyStamp\" = hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)), \"CreatedAtUtc\" = (SELECT p.\"CreatedAtUtc\" FROM \"LegalDocuments\" p WHERE p.\"Id\" = \"LegalDocumentFiles\".\"LegalDocumentId\"), \"UpdatedAtUtc\" = (SELECT p.\"UpdatedAtUtc\" FROM \"LegalDocuments\" p WHERE p.\"Id\" = \"LegalDocumentFiles\".\"LegalDocumentId\");");
            migrationBuilder.Sql("UPDATE \"HeritagePhotos\" SET \"ConcurrencyStamp\" = hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)), \"CreatedAtUtc\" = (SELECT p.\"CreatedAtUtc\" FROM \"HeritageSites\" p WHERE p.\"Id\" = \"HeritagePhotos\".\"HeritageSiteId\"), \"UpdatedAtUtc\" = (SELECT p.\"UpdatedAtUtc\" FROM \"HeritageSites\" p WHERE p.\"Id\" = \"HeritagePhotos\".\"HeritageSiteId\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConcurrencyStamp",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "UpdatedAtUtc",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "ConcurrencyStamp",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "UpdatedAtUtc",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Officials");

            migrationBuilder.DropColumn(
                name: "ConcurrencyStamp",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "UpdatedAtUtc",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "ConcurrencyStamp",
                table: "LegalDocumentFiles");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "LegalDocumentFiles");

            migrationBuilder.DropColumn(
                name: "UpdatedAtUtc",
                table: "LegalDocumentFiles");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "LegalDocumentFiles");

            migrationBuilder.DropColumn(
                name: "ConcurrencyStamp",
                table: "HeritagePhotos");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "HeritagePhotos");

            migrationBuilder.DropColumn(
                name: "UpdatedAtUtc",
                table: "HeritagePhotos");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "HeritagePhotos");
        }
    }
}
