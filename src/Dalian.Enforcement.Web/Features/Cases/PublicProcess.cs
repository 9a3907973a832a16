using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>
/// The 执法过程 a published decision shows: the dates of the stages its case went through, and the hash manifest of
/// its audio-video records (stage, start, end, SHA-256). Nothing of their content, no place, no names, no reasons:
/// the rest of a case stays in the back office; a secret recording only counts. The caller shows it only beside a decision the public may see.
/// </summary>
public sealed record PublicProcess(IReadOnlyList<PublicProcess.Stage> Stages, IReadOnlyList<PublicProcess.Recording> Recordings, int Secret)
{
    public sealed record Stage(string Name, DateOnly On);

    public sealed record Recording(string Stage, string Kind, DateTime? StartedAt, DateTime? EndedAt, string Sha256);

    public static async Task<PublicProcess?> ForAsync(PortalDbContext db, long? caseId, CancellationToken cancellationToken)
    {
        if (caseId is not { } id)
        {
            return null;
        }

        var stages = await db.CaseStages.AsNoTracking().Where(s => s.CaseId == id && s.Status == StageStatus.Done)
            .OrderBy(s => s.Position).Select(s => new { s.Code, s.Name, s.OccurredAt }).ToListAsync(cancellationToken);
        var names = stages.ToDictionary(s => s.Code, s => s.Name);
        var recordings = await db.CaseRecords.AsNoTracking().Where(r => r.CaseId == id && (r.Kind == RecordKind.Video || r.Kind == RecordKind.Audio))
            .OrderBy(r => r.StartedAt).ThenBy(r => r.Id).Select(r => new { r.StageCode, r.Kind, r.StartedAt, r.EndedAt, r.Sha256, r.Secret }).ToListAsync(cancellationToken);
        return new PublicProcess(
            [.. stages.Select(s => new Stage(s.Name, DateOnly.FromDateTime(s.OccurredAt)))],
            [.. recordings.Where(r => names.ContainsKey(r.StageCode) && !r.Secret)
                .Select(r => new Recording(names[r.StageCode], CaseRecord.KindTitle(r.Kind), r.StartedAt, r.EndedAt, r.Sha256))],
            recordings.Count(r => r.Secret)); // a secret recording is counted, never described
    }
}
