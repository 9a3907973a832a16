using System.Buffers;
using System.Security.Cryptography;
using Dalian.Enforcement.Domain.Cases;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>Settings of the record store (section "Records").</summary>
public sealed class RecordStoreOptions
{
    public const string Section = "Records";

    /// <summary>The store's folder, relative to the content root unless absolute.</summary>
    public string Directory { get; set; } = "data/records";

    /// <summary>The largest file one upload may carry (a 2 GB video must fit).</summary>
    public long MaxUploadBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Refuse a file whose first bytes are not one of <see cref="AllowedTypes"/>, whatever its name says.</summary>
    public bool SniffContent { get; set; } = true;

    public List<string> AllowedTypes { get; set; } = [];

    /// <summary>How often the whole store is hashed again and compared with the records.</summary>
    public TimeSpan IntegrityCheckInterval { get; set; } = TimeSpan.FromHours(24);

    public IReadOnlyList<string> Allowed => AllowedTypes.Count > 0 ? AllowedTypes : s_defaultTypes;

    private static readonly string[] s_defaultTypes =
        ["video/mp4", "video/quicktime", "video/webm", "video/x-msvideo", "audio/mpeg", "audio/mp4", "audio/wav", "image/jpeg", "image/png", "application/pdf"];
}

/// <summary>A file written to the store's staging area: its hash and size computed while it streamed in.</summary>
public sealed record StagedFile(string TempPath, string Sha256, long Size, string? DetectedType, bool TooLarge);

/// <summary>
/// Where case files live, addressed by their SHA-256: written once, never changed or deleted (docs/adr/0013).
/// The file system store is the default; an object store can take its place behind this interface.
/// </summary>
public interface IRecordStore
{
    /// <summary>Streams the content into the staging area, hashing as it goes; stops at <paramref name="limit"/> bytes.</summary>
    Task<StagedFile> StageAsync(Stream content, long limit, CancellationToken cancellationToken);

    /// <summary>Moves a staged file into its place (a file with that hash already there is kept as it is).</summary>
    void Commit(StagedFile file);

    void Discard(StagedFile file);

    /// <summary>The stored file with this hash, or null.</summary>
    Stream? OpenRead(string sha256);
}

/// <summary>The store on disk: {Directory}/sha256/ab/cd/abcd…, read-only once written; staging in {Directory}/staging.</summary>
public sealed class FileRecordStore : IRecordStore
{
    private const int BufferSize = 1 << 20;
    private readonly string _root;

    public FileRecordStore(string root)
    {
        _root = root;
        System.IO.Directory.CreateDirectory(Path.Combine(_root, "staging"));
    }

    public string PathOf(string sha256) => Path.Combine(_root, "sha256", sha256[..2], sha256[2..4], sha256);

    public async Task<StagedFile> StageAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(_root, "staging", Guid.NewGuid().ToString("N"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        var head = new byte[FileSignature.HeadLength];
        var (size, headLength) = (0L, 0);
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous | FileOptions.SequentialScan))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    if (size + read > limit)
                    {
                        await file.DisposeAsync();
                        File.Delete(temp);
                        return new StagedFile("", "", size + read, null, TooLarge: true);
                    }

                    var copy = Math.Min(read, head.Length - headLength);
                    buffer.AsSpan(0, copy).CopyTo(head.AsSpan(headLength));
                    headLength += copy;
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }
            }

            return new StagedFile(temp, Convert.ToHexStringLower(hash.GetHashAndReset()), size, FileSignature.Detect(head.AsSpan(0, headLength)), false);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Commit(StagedFile file)
    {
        var target = PathOf(file.Sha256);
        if (File.Exists(target))
        {
            File.Delete(file.TempPath); // the same bytes are stored already: content addressing keeps one copy
            return;
        }

        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(file.TempPath, target);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        }
        else
        {
            File.SetAttributes(target, FileAttributes.ReadOnly);
        }
    }

    public void Discard(StagedFile file)
    {
        if (file.TempPath.Length > 0)
        {
            File.Delete(file.TempPath);
        }
    }

    public Stream? OpenRead(string sha256) =>
        CaseRecordHash.IsValid(sha256) && File.Exists(PathOf(sha256))
            ? new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : null;
}

public static class CaseRecordHash
{
    public static bool IsValid(string? sha256) => EnforcementCase.IsSha256(sha256) && sha256!.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>SHA-256 of a stream, read in 1 MiB pieces.</summary>
    public static async Task<string> OfAsync(Stream stream, CancellationToken cancellationToken) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
}
