using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalian.Enforcement.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Overdue",
                table: "Deadlines",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EstablishedOn",
                table: "Agencies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Stamp = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    MatterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublicPartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartyKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    IdType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DocumentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ViolationType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PenaltyKinds = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FineAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ConfiscatedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    LicenceAffected = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LicenceKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CertificateName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InspectionTask = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InspectionResult = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    InvolvesMinor = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublicUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicationDeadlineId = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LatenessReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WorkingDaysLate = table.Column<int>(type: "INTEGER", nullable: false),
                    NonDisclosureReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    NonDisclosureApprover = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NonDisclosureApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NonDisclosureNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    WithdrawalNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RevokingActDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplacementId = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawalDeadlineId = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawalLatenessReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WithdrawalWorkingDaysLate = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublicLegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
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
                    DecisionId = table.Column<long>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
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

            // The decision search (docs/adr/0010): its text is kept here as it ran, never taken from code that may change.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE DecisionSearch USING fts5(PublicPartyName, DocumentNumber, ViolationType, Content, content='', tokenize='trigram');
                CREATE VIRTUAL TABLE DecisionSearchVocab USING fts5vocab(DecisionSearch, 'row');
                CREATE TRIGGER Decisions_search_insert AFTER INSERT ON Decisions BEGIN
                  INSERT INTO DecisionSearch(rowid, PublicPartyName, DocumentNumber, ViolationType, Content)
                  VALUES (CAST(julianday(new.DecisionDate) - 1721425.5 AS INTEGER) * 4294967296 + new.Id,
                          new.PublicPartyName || ' ', new.DocumentNumber || ' ', new.ViolationType || ' ', new.Content || ' ');
                END;
                CREATE TRIGGER Decisions_search_delete AFTER DELETE ON Decisions BEGIN
                  INSERT INTO DecisionSearch(DecisionSearch, rowid, PublicPartyName, DocumentNumber, ViolationType, Content)
                  VALUES ('delete', CAST(julianday(old.DecisionDate) - 1721425.5 AS INTEGER) * 4294967296 + old.Id,
                          old.PublicPartyName || ' ', old.DocumentNumber || ' ', old.ViolationType || ' ', old.Content || ' ');
                END;
                CREATE TRIGGER Decisions_search_update AFTER UPDATE OF PublicPartyName, DocumentNumber, ViolationType, Content, DecisionDate ON Decisions BEGIN
                  INSERT INTO DecisionSearch(DecisionSearch, rowid, PublicPartyName, DocumentNumber, ViolationType, Content)
                  VALUES ('delete', CAST(julianday(old.DecisionDate) - 1721425.5 AS INTEGER) * 4294967296 + old.Id,
                          old.PublicPartyName || ' ', old.DocumentNumber || ' ', old.ViolationType || ' ', old.Content || ' ');
                  INSERT INTO DecisionSearch(rowid, PublicPartyName, DocumentNumber, ViolationType, Content)
                  VALUES (CAST(julianday(new.DecisionDate) - 1721425.5 AS INTEGER) * 4294967296 + new.Id,
                          new.PublicPartyName || ' ', new.DocumentNumber || ' ', new.ViolationType || ' ', new.Content || ' ');
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS Decisions_search_update;
                DROP TRIGGER IF EXISTS Decisions_search_delete;
                DROP TRIGGER IF EXISTS Decisions_search_insert;
                DROP TABLE IF EXISTS DecisionSearchVocab;
                DROP TABLE IF EXISTS DecisionSearch;
                """);

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
