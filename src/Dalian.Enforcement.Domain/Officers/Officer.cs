using Dalian.Enforcement.Domain.Agencies;

namespace Dalian.Enforcement.Domain.Officers;

/// <summary>
/// An enforcement officer (执法人员). The public identifier is the record's own number, which never
/// changes when a certificate is renewed. No ID number, phone or address is kept here at all.
/// </summary>
public sealed class Officer
{
    private readonly List<Certificate> _certificates = [];

    public int Id { get; private set; }

    /// <summary>Counts saved changes: the optimistic-concurrency token that refuses a save based on an older record.</summary>
    public int Stamp { get; set; }

    public required string Name { get; set; }

    public required int AgencyId { get; set; }

    public Agency? Agency { get; private set; }

    /// <summary>职务, e.g. 水政监察员.</summary>
    public required string Position { get; set; }

    public IReadOnlyList<Certificate> Certificates => _certificates;

    /// <summary>持证上岗 (国办发〔2018〕118号): may take part in enforcement on a date only with a certificate valid that day.</summary>
    public bool MayEnforceOn(DateOnly date) => _certificates.Any(c => c.IsValidOn(date));

    /// <summary>The certificate to show today: the one in force, else the latest issued.</summary>
    public Certificate? CurrentCertificate(DateOnly today) =>
        _certificates.Where(c => c.IssuedOn <= today).OrderByDescending(c => c.IsValidOn(today)).ThenByDescending(c => c.IssuedOn).FirstOrDefault()
        ?? _certificates.OrderByDescending(c => c.IssuedOn).FirstOrDefault();

    /// <summary>Adds a certificate; refuses a validity period that overlaps another of the officer's.</summary>
    public string? AddCertificate(Certificate certificate)
    {
        if (certificate.ValidUntil < certificate.IssuedOn)
        {
            return "有效期至不能早于发证日期。";
        }

        if (_certificates.FirstOrDefault(c => c.Overlaps(certificate.IssuedOn, certificate.ValidUntil)) is { } other)
        {
            return $"有效期与该人员的证件 {other.Number}（{other.IssuedOn:yyyy-MM-dd} 至 {other.ValidUntil:yyyy-MM-dd}）重叠。";
        }

        _certificates.Add(certificate);
        return null;
    }
}
