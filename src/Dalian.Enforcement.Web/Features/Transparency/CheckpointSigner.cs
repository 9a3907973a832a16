using Dalian.Enforcement.Web.Infrastructure.Keys;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Transparency;

/// <summary>
/// On every server, every <see cref="TransparencyOptions.CheckpointInterval"/>: commit the audit chain's
/// head to the log and sign a checkpoint when the log has grown. Two servers signing the same size is
/// harmless: the unique tree size keeps one.
/// </summary>
public sealed class CheckpointSigner(IServiceScopeFactory scopes, TimeProvider time, IOptions<TransparencyOptions> options,
    ILogger<CheckpointSigner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckpointInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TransparencyLog>().CheckpointAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Signing a transparency checkpoint failed; it is tried again at the next interval");
            }
        }
    }
}
