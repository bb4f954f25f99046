using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThanhMieu.Portal.Data.Migrations.SqlServer
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
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "ProgressUpdates",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "ProgressUpdates",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "ProgressUpdates",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "Officials",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "Officials",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "Officials",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Officials",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "Observations",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "Observations",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "Observations",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Observations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "LegalDocumentFiles",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "LegalDocumentFiles",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "LegalDocumentFiles",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "LegalDocumentFiles",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "HeritagePhotos",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "HeritagePhotos",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAtUtc",
                table: "HeritagePhotos",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "HeritagePhotos",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            // Rows saved before stamps existed get one each and their parent's times.
            migrationBuilder.Sql("UPDATE c SET [ConcurrencyStamp] = NEWID(), [CreatedAtUtc] = p.[CreatedAtUtc], [UpdatedAtUtc] = p.[UpdatedAtUtc] FROM [Observations] c JOIN [Indicators] p ON p.[Id] = c.[IndicatorId];");
            migrationBuilder.Sql("UPDATE c SET [ConcurrencyStamp] = NEWID(), [CreatedAtUtc] = p.[CreatedAtUtc], [UpdatedAtUtc] = p.[UpdatedAtUtc] FROM [ProgressUpdates] c JOIN [Targets] p ON p.[Id] = c.[TargetId];");
            migrationBuilder.Sql("UPDATE c SET [ConcurrencyStamp] = NEWID(), [CreatedAtUtc] = p.[CreatedAtUtc], [UpdatedAtUtc] = p.[UpdatedAtUtc] FROM [Officials] c JOIN [Organisations] p ON p.[Id] = c.[OrganisationId];");
            migrationBuilder.Sql("UPDATE c SET [ConcurrencyStamp] = NEWID(), [CreatedAtUtc] = p.[CreatedAtUtc], [UpdatedAtUtc] = p.[UpdatedAtUtc] FROM [LegalDocumentFiles] c JOIN [LegalDocuments] p ON p.[Id] = c.[LegalDocumentId];");
            migrationBuilder.Sql("UPDATE c SET [ConcurrencyStamp] = NEWID(), [CreatedAtUtc] = p.[CreatedAtUtc], [UpdatedAtUtc] = p.[UpdatedAtUtc] FROM [HeritagePhotos] c JOIN [HeritageSites] p ON p.[Id] = c.[HeritageSiteId];");
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
