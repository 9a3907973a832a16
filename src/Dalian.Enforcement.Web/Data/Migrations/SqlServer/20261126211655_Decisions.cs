using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalian.Enforcement.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Decisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CompletedOn",
                table: "Deadlines",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Overdue",
                table: "Deadlines",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EstablishedOn",
                table: "Agencies",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Stamp = table.Column<int>(type: "int", nullable: false),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    MatterId = table.Column<int>(type: "int", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PartyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PublicPartyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PartyKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreditCode = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    IdType = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    IdNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    LegalRepresentative = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    DocumentName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ViolationType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    LegalBasis = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    PenaltyKinds = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    FineAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    ConfiscatedAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    LicenceAffected = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    LicenceKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    CertificateName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CertificateNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    InspectionTask = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    InspectionResult = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Findings = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    FollowUp = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Remarks = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    InvolvesMinor = table.Column<bool>(type: "bit", nullable: false),
                    PublicUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicationDeadlineId = table.Column<long>(type: "bigint", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LatenessReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    WorkingDaysLate = table.Column<int>(type: "int", nullable: false),
                    NonDisclosureReason = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    NonDisclosureApprover = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    NonDisclosureApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NonDisclosureNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    WithdrawalNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RevokingActDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplacementId = table.Column<long>(type: "bigint", nullable: true),
                    WithdrawalDeadlineId = table.Column<long>(type: "bigint", nullable: true),
                    WithdrawalLatenessReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    WithdrawalWorkingDaysLate = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PublicLegalRepresentative = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Decisions_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Deadlines_PublicationDeadlineId",
                        column: x => x.PublicationDeadlineId,
                        principalTable: "Deadlines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Deadlines_WithdrawalDeadlineId",
                        column: x => x.WithdrawalDeadlineId,
                        principalTable: "Deadlines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Decisions_ReplacementId",
                        column: x => x.ReplacementId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DecisionOfficer",
                columns: table => new
                {
                    DecisionId = table.Column<long>(type: "bigint", nullable: false),
                    OfficerId = table.Column<int>(type: "int", nullable: false),
                    OfficerName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    CertificateNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionOfficer", x => new { x.DecisionId, x.OfficerId });
                    table.ForeignKey(
                        name: "FK_DecisionOfficer_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DecisionOfficer_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_CompletedOn_Due",
                table: "Deadlines",
                columns: new[] { "CompletedOn", "Due" });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionOfficer_OfficerId",
                table: "DecisionOfficer",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_AgencyId_DocumentNumber",
                table: "Decisions",
                columns: new[] { "AgencyId", "DocumentNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_AgencyId_State_DecisionDate_Id",
                table: "Decisions",
                columns: new[] { "AgencyId", "State", "DecisionDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_Category_State_DecisionDate_Id",
                table: "Decisions",
                columns: new[] { "Category", "State", "DecisionDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_CreditCode",
                table: "Decisions",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_IdNumber",
                table: "Decisions",
                column: "IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_MatterId",
                table: "Decisions",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_PublicationDeadlineId",
                table: "Decisions",
                column: "PublicationDeadlineId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_ReplacementId",
                table: "Decisions",
                column: "ReplacementId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_State_DecisionDate_Id",
                table: "Decisions",
                columns: new[] { "State", "DecisionDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_WithdrawalDeadlineId",
                table: "Decisions",
                column: "WithdrawalDeadlineId");

            // Full-text DDL cannot run inside a transaction.
            migrationBuilder.Sql("CREATE FULLTEXT CATALOG DecisionCatalog;", suppressTransaction: true);
            migrationBuilder.Sql("""
                CREATE FULLTEXT INDEX ON Decisions (PublicPartyName LANGUAGE 2052, DocumentNumber LANGUAGE 2052, ViolationType LANGUAGE 2052, Content LANGUAGE 2052)
                KEY INDEX PK_Decisions ON DecisionCatalog WITH CHANGE_TRACKING AUTO;
                """, suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FULLTEXT INDEX ON Decisions;", suppressTransaction: true);
            migrationBuilder.Sql("DROP FULLTEXT CATALOG DecisionCatalog;", suppressTransaction: true);

            migrationBuilder.DropTable(
                name: "DecisionOfficer");

            migrationBuilder.DropTable(
                name: "Decisions");

            migrationBuilder.DropIndex(
                name: "IX_Deadlines_CompletedOn_Due",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "CompletedOn",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "Overdue",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "EstablishedOn",
                table: "Agencies");
        }
    }
}
