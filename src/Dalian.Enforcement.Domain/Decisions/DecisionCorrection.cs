using Dalian.Enforcement.Domain.Deadlines;

namespace Dalian.Enforcement.Domain.Decisions;

/// <summary>The one way a decision's content changes: a <see cref="DecisionContent"/> applied by <see cref="Correct"/>.</summary>
public sealed partial class Decision
{
    /// <summary>The content as recorded now: a copy to change and pass back to <see cref="Correct"/>.</summary>
    public DecisionContent Recorded => new()
    {
        MatterId = MatterId,
        Category = Category,
        PartyKind = PartyKind,
        PartyName = PartyName,
        CreditCode = CreditCode,
        IdType = IdType,
        IdNumber = IdNumber,
        LegalRepresentative = LegalRepresentative,
        DocumentName = DocumentName,
        DocumentNumber = DocumentNumber,
        DecisionDate = DecisionDate,
        ViolationType = ViolationType,
        Facts = Facts,
        LegalBasis = LegalBasis,
        PenaltyKinds = PenaltyKinds,
        Content = Content,
        FineAmount = FineAmount,
        ConfiscatedAmount = ConfiscatedAmount,
        LicenceAffected = LicenceAffected,
        Discretion = Discretion,
        LicenceOutcome = LicenceOutcome,
        CoercionKinds = CoercionKinds,
        LevyAmount = LevyAmount,
        LicenceKind = LicenceKind,
        CertificateName = CertificateName,
        CertificateNumber = CertificateNumber,
        ValidFrom = ValidFrom,
        ValidTo = ValidTo,
        InspectionTask = InspectionTask,
        InspectionResult = InspectionResult,
        Findings = Findings,
        FollowUp = FollowUp,
        Remarks = Remarks,
        InvolvesMinor = InvolvesMinor,
        PublicUntil = PublicUntil,
    };

    /// <summary>
    /// Records or corrects the content on <paramref name="today"/>, or says why not (<see cref="CorrectionProblem"/>).
    /// A natural person has no credit code or representative; an organisation no ID document; the category's
    /// own items are kept, the others cleared.
    /// </summary>
    public string? Correct(DecisionContent content, DateOnly today)
    {
        if (CorrectionProblem(content.DecisionDate, today) is { } problem)
        {
            return problem;
        }

        var person = content.PartyKind == PartyKind.NaturalPerson;
        (MatterId, Category, PartyKind, PartyName) = (content.MatterId, content.Category, content.PartyKind, content.PartyName);
        (CreditCode, IdType, IdNumber) = person
            ? ((string?)null, content.IdType, content.IdNumber)
            : (content.CreditCode, (IdDocumentType?)null, (string?)null);
        LegalRepresentative = person ? "" : content.LegalRepresentative;
        (DocumentName, DocumentNumber, DecisionDate) = (content.DocumentName, content.DocumentNumber, content.DecisionDate);
        (ViolationType, Facts, LegalBasis, Content) = (content.ViolationType, content.Facts, content.LegalBasis, content.Content);
        PenaltyKinds = content.Category == EnforcementCategory.Penalty ? content.PenaltyKinds : PenaltyKinds.None;
        (FineAmount, ConfiscatedAmount, LicenceAffected) = (content.FineAmount, content.ConfiscatedAmount, content.LicenceAffected);
        LicenceKind = content.Category == EnforcementCategory.Licensing ? content.LicenceKind : null;
        Discretion = content.Category == EnforcementCategory.Penalty ? content.Discretion : PenaltyDiscretion.Ordinary;
        LicenceOutcome = content.Category == EnforcementCategory.Licensing ? content.LicenceOutcome ?? Decisions.LicenceOutcome.Granted : null;
        CoercionKinds = content.Category == EnforcementCategory.Coercion ? content.CoercionKinds : CoercionKinds.None;
        LevyAmount = content.Category is EnforcementCategory.Levy or EnforcementCategory.Requisition ? content.LevyAmount : null;
        (CertificateName, CertificateNumber, ValidFrom, ValidTo) = (content.CertificateName, content.CertificateNumber, content.ValidFrom, content.ValidTo);
        InspectionResult = content.Category == EnforcementCategory.Inspection ? content.InspectionResult : null;
        (InspectionTask, Findings, FollowUp, Remarks) = (content.InspectionTask, content.Findings, content.FollowUp, content.Remarks);
        (InvolvesMinor, PublicUntil) = (content.InvolvesMinor, content.PublicUntil);
        RefreshIndexedText();
        return null;
    }

    /// <summary>
    /// Whether the record may be corrected to <paramref name="decisionDate"/> on <paramref name="today"/>: never once
    /// published (a published record is withdrawn and replaced), never into the future, and once decided only to
    /// an earlier date, because moving it later would move the legal deadline and could hide that it was missed.
    /// </summary>
    public string? CorrectionProblem(DateOnly decisionDate, DateOnly today)
    {
        if (!IsEditable)
        {
            return $"当前状态为“{State.Title()}”，已公开或已办结的决定不能修改；如有错误请撤回后重新作出。";
        }

        if (decisionDate > today)
        {
            return "决定日期不能晚于今天。";
        }

        return State == DecisionState.Decided && decisionDate > DecisionDate
            ? $"已作出的决定，决定日期只能更正为更早的日期：公开期限已从 {DecisionDate:yyyy-MM-dd} 起算。"
            : null;
    }
}
