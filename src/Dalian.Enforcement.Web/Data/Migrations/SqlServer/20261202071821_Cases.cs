using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalian.Enforcement.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CaseId",
                table: "Decisions",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CasePrefix",
                table: "Agencies",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AvRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    MatterId = table.Column<int>(type: "int", nullable: true),
                    StageCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AvRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AvRules_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AvRules_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Stamp = table.Column<int>(type: "int", nullable: false),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    MatterId = table.Column<int>(type: "int", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SourceNote = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PartyKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PartyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    IdType = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    IdNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    LegalRepresentative = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    DiscoveredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Manifest = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    ManifestSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseExtension",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Clock = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Days = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Approver = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseExtension", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseExtension_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseOfficer",
                columns: table => new
                {
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    OfficerId = table.Column<int>(type: "int", nullable: false),
                    OfficerName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    CertificateNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseOfficer", x => new { x.CaseId, x.OfficerId });
                    table.ForeignKey(
                        name: "FK_CaseOfficer_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseOfficer_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    StageCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Stored = table.Column<bool>(type: "bit", nullable: false),
                    Platform = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PlatformFileId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DeviceId = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Recorder = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Place = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Interruptions = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Retention = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RetentionMonths = table.Column<int>(type: "int", nullable: true),
                    Secret = table.Column<bool>(type: "bit", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseRecords_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseStages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Place = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Officers = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    DocumentKind = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    DocumentNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    SkipReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AvLevel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AvException = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    AvExceptionNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AvExceptionApprover = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    BackdateReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStages_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_CaseId",
                table: "Decisions",
                column: "CaseId",
                unique: true,
                filter: "[CaseId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AvRules_AgencyId_MatterId_StageCode",
                table: "AvRules",
                columns: new[] { "AgencyId", "MatterId", "StageCode" },
                unique: true,
                filter: "[MatterId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AvRules_MatterId",
                table: "AvRules",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseExtension_CaseId",
                table: "CaseExtension",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseOfficer_OfficerId",
                table: "CaseOfficer",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRecords_CaseId",
                table: "CaseRecords",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRecords_Sha256",
                table: "CaseRecords",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyId_ClosedOn_Id",
                table: "Cases",
                columns: new[] { "AgencyId", "ClosedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyId_Number",
                table: "Cases",
                columns: new[] { "AgencyId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_MatterId",
                table: "Cases",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStages_CaseId_Code",
                table: "CaseStages",
                columns: new[] { "CaseId", "Code" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Decisions_Cases_CaseId",
                table: "Decisions",
                column: "CaseId",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Decisions_Cases_CaseId",
                table: "Decisions");

            migrationBuilder.DropTable(
                name: "AvRules");

            migrationBuilder.DropTable(
                name: "CaseExtension");

            migrationBuilder.DropTable(
                name: "CaseOfficer");

            migrationBuilder.DropTable(
                name: "CaseRecords");

            migrationBuilder.DropTable(
                name: "CaseStages");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_CaseId",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "CaseId",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "CasePrefix",
                table: "Agencies");
        }
    }
}
