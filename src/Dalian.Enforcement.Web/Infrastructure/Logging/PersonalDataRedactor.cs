using Dalian.Enforcement.Domain.Privacy;
using Serilog.Core;
using Serilog.Events;

namespace Dalian.Enforcement.Web.Infrastructure.Logging;

/// <summary>
/// Masks ID numbers and mobile numbers in every string property of a log event, so that no sink
/// ever writes them (个人信息保护法 art. 51: protect personal information), and writes control
/// characters (CR, LF, ESC …) as <c>\uXXXX</c>, so that a request path or form value can never
/// forge a line of the log. Properties named like a secret are dropped altogether.
/// </summary>
public sealed class PersonalDataRedactor : ILogEventEnricher
{
    private static readonly string[] s_secretNames = ["password", "passwd", "secret", "token", "密码"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (s_secretNames.Any(s => name.Contains(s, StringComparison.OrdinalIgnoreCase)))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue("***")));
            }
            else if (Redact(value) is { } redacted)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, redacted));
            }
        }
    }

    /// <summary>The value with personal data masked, or null when it holds none.</summary>
    private static LogEventPropertyValue? Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when text.Any(char.IsControl) || PersonalDataScanner.ContainsPersonalData(text)
            => new ScalarValue(Escape(PersonalDataScanner.ContainsPersonalData(text) ? PersonalDataScanner.Mask(text) : text)),
        SequenceValue sequence when sequence.Elements.Any(e => Redact(e) is not null)
            => new SequenceValue(sequence.Elements.Select(e => Redact(e) ?? e)),
        StructureValue structure when structure.Properties.Any(p => Redact(p.Value) is not null)
            => new StructureValue(
                structure.Properties.Select(p => new LogEventProperty(p.Name, Redact(p.Value) ?? p.Value)),
                structure.TypeTag),
        _ => null,
    };

    /// <summary>Control characters as <c>\uXXXX</c> text: one event stays one line, whatever it quotes.</summary>
    public static string Escape(string text) => text.Any(char.IsControl)
        ? string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()))
        : text;
}
