using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>
/// Reads a multipart form as it arrives, so a 2 GB recording never sits in memory or in a second temporary
/// file: the antiforgery token comes first and is checked before anything else is read, then the text fields
/// (each bounded), then at most one file, streamed into the store's staging area and hashed on the way.
/// </summary>
public sealed class MultipartUpload(IRecordStore store, IAntiforgery antiforgery)
{
    public const string FileField = "File";
    private const int FieldLimit = 256 * 1024;
    private const int MaxFields = 100;
    private const long FieldAllowance = 4 * 1024 * 1024;

    /// <summary>What the form carried. <see cref="Forged"/>: no valid antiforgery token first; <see cref="Problem"/>: the file was refused.</summary>
    public sealed record Result(Dictionary<string, StringValues> Fields, StagedFile? File, string FileName, string? Problem, bool Forged)
    {
        public string this[string key] => Fields.TryGetValue(key, out var value) ? value.ToString().Trim() : "";
    }

    public async Task<Result> ReadAsync(HttpContext http, long limit, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return new Result(fields, null, "", null, Forged: true);
        }

        if (http.Request.ContentLength > limit + FieldAllowance)
        {
            return new Result(fields, null, "", TooLarge(limit), Forged: false);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = limit + FieldAllowance;
        }

        var reader = new MultipartReader(boundary, http.Request.Body) { HeadersLengthLimit = 16 * 1024 };
        var (first, file, name) = (true, (StagedFile?)null, "");
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || disposition.Name.Value is not { } key)
                {
                    continue;
                }

                key = HeaderUtilities.RemoveQuotes(key).Value!;
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                if (first && !await TokenFirstAsync(http, key, section, cancellationToken))
                {
                    return new Result(fields, null, "", null, Forged: true);
                }

                first = false;
                if (fileName is null)
                {
                    if (fields.Count >= MaxFields || await ReadTextAsync(section.Body, cancellationToken) is not { } text)
                    {
                        return Refused(fields, file, "表单内容过长，请缩短后重试。");
                    }

                    fields[key] = StringValues.Concat(fields.GetValueOrDefault(key), text);
                }
                else if (key == FileField && fileName.Length > 0 && file is null)
                {
                    file = await store.StageAsync(section.Body, limit, cancellationToken);
                    name = Path.GetFileName(fileName.Replace('\\', '/'));
                    if (file.TooLarge)
                    {
                        return new Result(fields, null, name, TooLarge(limit), Forged: false);
                    }
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            if (file is not null)
            {
                store.Discard(file);
            }

            return new Result(fields, null, name, "上传未完成（连接中断或内容不完整），请重新上传。", Forged: false);
        }

        return first ? new Result(fields, null, "", null, Forged: true) : new Result(fields, file, name, null, Forged: false);
    }

    public static string TooLarge(long limit) => $"文件超过上传上限 {Size(limit)}。较大的音像文件可保存在音像记录管理平台，在此登记其清单（平台名称、文件编号和 SHA-256）。";

    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.##} GB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.##} MB",
        >= 1L << 10 => $"{bytes / 1024.0:0.##} KB",
        _ => $"{bytes} 字节",
    };

    /// <summary>The token must be the form's first field: it is checked (as a header, so the body is not read ahead) before the file streams in.</summary>
    private async Task<bool> TokenFirstAsync(HttpContext http, string key, MultipartSection section, CancellationToken cancellationToken)
    {
        if (key != "__RequestVerificationToken" || await ReadTextAsync(section.Body, cancellationToken) is not { Length: > 0 } token)
        {
            return false;
        }

        http.Request.Headers["RequestVerificationToken"] = token;
        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static async Task<string?> ReadTextAsync(Stream body, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        var buffer = new char[4096];
        var builder = new StringBuilder();
        int read;
        while ((read = await text.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (builder.Length + read > FieldLimit)
            {
                return null;
            }

            builder.Append(buffer, 0, read);
        }

        return builder.ToString();
    }

    private Result Refused(Dictionary<string, StringValues> fields, StagedFile? file, string problem)
    {
        if (file is not null)
        {
            store.Discard(file);
        }

        return new Result(fields, null, "", problem, Forged: false);
    }
}
