using System.Diagnostics;
using Dalian.Enforcement.Web.Features.Cases;

namespace Dalian.Enforcement.Benchmarks;

/// <summary>
/// Hashing and storing one large recording through the record store, as an upload does: generated in 64 KiB
/// pieces, hashed while written, moved into its content-addressed place. Prints throughput and peak memory.
/// </summary>
public static class UploadBenchmark
{
    private sealed class Generated(long length) : Stream
    {
        private readonly Random _random = new(1);
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(Math.Min(count, 64 * 1024), length - _position);
            _random.NextBytes(buffer.AsSpan(offset, n));
            if (_position == 0 && n >= 8)
            {
                "\0\0\0\u0018ftyp"u8.CopyTo(buffer.AsSpan(offset));
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    public static async Task RunAsync(int megabytes)
    {
        var root = Path.Combine(Path.GetTempPath(), $"dalian-upload-{Guid.NewGuid():N}");
        var store = new FileRecordStore(root);
        var length = megabytes * 1024L * 1024;
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var (startManaged, startResident) = (GC.GetTotalMemory(true), process.WorkingSet64);
        var (peakManaged, peakResident) = (startManaged, startResident);
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                (peakManaged, peakResident) = (Math.Max(peakManaged, GC.GetTotalMemory(false)), Math.Max(peakResident, process.WorkingSet64));
                await Task.Delay(10);
            }
        });

        var watch = Stopwatch.StartNew();
        var staged = await store.StageAsync(new Generated(length), length, CancellationToken.None);
        store.Commit(staged);
        watch.Stop();
        await sampling.CancelAsync();
        await sampler;

        Console.WriteLine($"Record store: {megabytes:N0} MB hashed (SHA-256) and stored in {watch.Elapsed.TotalSeconds:0.00} s = {megabytes / watch.Elapsed.TotalSeconds:N0} MB/s");
        Console.WriteLine($"  SHA-256 {staged.Sha256}, detected type {staged.DetectedType}");
        Console.WriteLine($"  peak managed heap +{(peakManaged - startManaged) / 1024.0 / 1024:0.0} MB, peak resident +{(peakResident - startResident) / 1024.0 / 1024:0.0} MB "
            + "(the page cache of the written file is the kernel's, not the process's)");
        Directory.Delete(root, recursive: true);
    }
}
