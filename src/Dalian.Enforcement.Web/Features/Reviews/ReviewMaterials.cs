using System.Text.Json;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Reviews;
using Dalian.Enforcement.Web.Features.Cases;

namespace Dalian.Enforcement.Web.Features.Reviews;

/// <summary>
/// The materials submitted for review (送审材料, records-reference §3.3), taken from the case: the statement (facts, law applied,
/// how the discretion standard was used, the officers' qualifications), the draft decision, the hearing record where there was
/// one, and the list of evidence with each record's SHA-256. Frozen as these bytes when submitted; their hash is the round's.
/// </summary>
public static class ReviewMaterials
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static byte[] Bytes(EnforcementCase c, Decision draft, MajorClassification major, string discretion, string note)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteString("case", c.Number);
            var matter = c.Matter ?? draft.Matter!;
            json.WriteString("agency", (c.Agency ?? draft.Agency!).Name);
            json.WriteString("matter", $"{matter.Code} {matter.Name}");
            json.WriteString("major", major.Basis());
            json.WriteStartObject("statement");
            json.WriteString("facts", draft.Facts);
            json.WriteString("legalBasis", draft.LegalBasis);
            json.WriteString("discretion", discretion);
            json.WriteString("note", note);
            json.WriteStartArray("officers");
            foreach (var o in c.Officers.OrderBy(o => o.OfficerId))
            {
                json.WriteStringValue($"{o.OfficerName}（执法证 {o.CertificateNumber}）");
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WritePropertyName("draftDecision");
            JsonSerializer.Serialize(json, new
            {
                draft.DocumentName,
                category = draft.Category.Title(),
                party = draft.PartyName,
                partyKind = draft.PartyKind.Title(),
                draft.ViolationType,
                penaltyKinds = draft.PenaltyKinds.Title(),
                draft.Content,
                draft.FineAmount,
                draft.ConfiscatedAmount,
                draft.LicenceAffected,
                reviewedContentSha256 = ReviewedContent.Of(draft).Sha256(),
            }, Domain.Lists.ListJson.Options);
            json.WriteStartArray("hearing");
            foreach (var s in c.Stages.Where(s => s.Code == "hearing" && s.Status == StageStatus.Done))
            {
                CaseManifest.WriteStage(json, s);
            }

            json.WriteEndArray();
            json.WriteStartArray("evidence");
            foreach (var r in c.Records.OrderBy(r => r.Id))
            {
                CaseManifest.WriteRecord(json, r);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
