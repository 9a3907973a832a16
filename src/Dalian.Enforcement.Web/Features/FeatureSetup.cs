using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Features.Cases;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Features.Officers;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features;

public static class FeatureSetup
{
    /// <summary>The services the features share: the calendar, its editor, the deadline policy, the registers.</summary>
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeadlinePolicy>().Bind(configuration.GetSection("Deadlines"));
        services.AddSingleton<CalendarCache>();
        services.AddScoped<Account.AccountActs>();
        services.AddScoped<Account.AccountPages>();
        services.AddScoped<CalendarEditor>();
        services.AddScoped<OfficerSearch>();
        services.AddScoped<DecisionSearch>();
        services.AddScoped<StaffDecisions>();
        services.AddScoped<DecisionActs>();
        services.AddScoped<DecisionContentWriter>();
        services.AddScoped<RecordDecision>();
        services.AddScoped<CorrectDecision>();
        services.AddScoped<DecideDecision>();
        services.AddScoped<MaskDecision>();
        services.AddScoped<PublishDecision>();
        services.AddScoped<WithdrawDecision>();
        services.AddScoped<RevealIdentity>();
        services.AddScoped<NotDiscloseDecision>();
        services.AddHostedService<OverdueSweep>();
        services.AddPortalCases(configuration);
        services.AddPortalReviews(configuration);
        services.AddOptions<DisclosureOptions>().Bind(configuration.GetSection(DisclosureOptions.Section));
        services.AddScoped<IDecisionKeywordIndex>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.SqlServer
                ? new SqlServerDecisionKeywordIndex()
                : new SqliteDecisionKeywordIndex());
        return services;
    }

    /// <summary>Whole-process recording: the case rules, the record store and the case operations.</summary>
    private static void AddPortalCases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CasePolicy>().Bind(configuration.GetSection("Cases")).PostConfigure(p => p.WithDefaults());
        services.AddOptions<RecordStoreOptions>().Bind(configuration.GetSection(RecordStoreOptions.Section));
        services.AddSingleton<IRecordStore>(sp => new FileRecordStore(Path.GetFullPath(Path.Combine(
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath, sp.GetRequiredService<IOptions<RecordStoreOptions>>().Value.Directory))));
        services.AddScoped<StaffCases>();
        services.AddScoped<CaseActs>();
        services.AddScoped<CasePages>();
        services.AddScoped<CaseOversight>();
        services.AddScoped<RegisterCase>();
        services.AddScoped<TakeStage>();
        services.AddScoped<AddCaseRecord>();
        services.AddScoped<ExtendClock>();
        services.AddScoped<MultipartUpload>();
        services.AddHostedService<RecordIntegritySweep>();
    }

    /// <summary>Legal review of major decisions: the settings, the reading and the acts of handlers and reviewers.</summary>
    private static void AddPortalReviews(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Reviews.ReviewOptions>().Bind(configuration.GetSection("LegalReview"));
        services.AddScoped<Reviews.LegalReviews>();
        services.AddScoped<Reviews.ReviewActs>();
        services.AddScoped<Reviews.SubmitReview>();
        services.AddScoped<Reviews.ReviewerActs>();
        services.AddScoped<Reviews.ReviewPages>();
        services.AddOptions<Domain.Reports.ReportSettings>().Bind(configuration.GetSection("Reports"))
            .Validate(s => s.OrderProblem() is null, "Reports:PenaltyOrder must name every penalty kind once.").ValidateOnStart();
        services.AddScoped<Reports.ReportFigures>();
        services.AddScoped<Reports.ReportActs>();
        services.AddScoped<Reports.ReportPages>();
        services.AddScoped<Decisions.RecordChallenge>();
    }
}
