namespace Dalian.Enforcement.Verify;

/// <summary>A check that did not pass: the message says which, in Chinese with English in parentheses.</summary>
public sealed class VerificationFailedException(string message) : Exception(message);

/// <summary>The auditor's run: key, checkpoint, extension of the saved checkpoint, one decision, then save.</summary>
public sealed partial class VerificationRun(PortalClient portal, CliOptions options, TextWriter output)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var key = await LoadKeyAsync(ct);
        var note = await portal.GetCheckpointAsync(ct);
        var checkpoint = Open(note, key);
        Pass("验证检查点签名并解析 (verify and parse the checkpoint)",
            $"{checkpoint.Origin}, 大小 (size) {checkpoint.Size}, 根 (root) {Convert.ToBase64String(checkpoint.RootHash)}");
        if (checkpoint.Origin != key.Name)
        {
            output.WriteLine($"  提示 (note): 检查点来源 \"{checkpoint.Origin}\" 与密钥名称不同 (origin differs from the key name)");
        }

        if (options.Saved is { } saved && File.Exists(saved))
        {
            await CheckExtendsSavedAsync(await File.ReadAllBytesAsync(saved, ct), checkpoint, key, ct);
        }
        else if (options.Saved is not null)
        {
            output.WriteLine("  首次运行：没有已保存的检查点 (first run: no saved checkpoint yet)");
        }

        if (options.Decision is { } id)
        {
            await CheckDecisionAsync(id, checkpoint, ct);
        }

        if (options.Saved is { } path)
        {
            // Written only after every check passed, so a failed run keeps yesterday's evidence.
            var temporary = path + ".tmp";
            await File.WriteAllBytesAsync(temporary, note, ct);
            File.Move(temporary, path, overwrite: true);
            Pass("保存新检查点 (save the new checkpoint)", path);
        }
    }

    private async Task<VerifierKey> LoadKeyAsync(CancellationToken ct)
    {
        if (options.Key is { } pinned)
        {
            var text = File.Exists(pinned) ? await File.ReadAllTextAsync(pinned, ct) : pinned;
            var key = ParseKeyText(text);
            Pass("读取固定的公钥 (load the pinned key)", key.ToString());
            return key;
        }
        var published = ParseKeyText(await portal.GetKeyAsync(ct));
        Pass("获取门户公钥 (fetch the portal's key)", published.ToString());
        output.WriteLine("  警告 (warning): 公钥来自门户本身，审计时请用 --key 固定 (key not pinned: pass --key when auditing)");
        return published;
    }

    /// <summary>The "verifier:" line, or a text that is only a vkey; a PEM block beside it must hold the same key.</summary>
    private static VerifierKey ParseKeyText(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var line = lines.FirstOrDefault(l => l.StartsWith("verifier:", StringComparison.Ordinal))?["verifier:".Length..].Trim()
            ?? (lines is [var only] ? only : null)
            ?? throw new VerificationFailedException("找不到 verifier 行 (no \"verifier:\" line in the key text)");
        try
        {
            var key = VerifierKey.Parse(line);
            if (text.Contains("-----BEGIN PUBLIC KEY-----", StringComparison.Ordinal)
                && !VerifierKey.FromPem(text, key.Name).PublicKey.SequenceEqual(key.PublicKey))
            {
                throw new VerificationFailedException("PEM 公钥与 verifier 行不一致 (the PEM key and the verifier line differ)");
            }
            return key;
        }
        catch (FormatException e)
        {
            throw new VerificationFailedException(e.Message);
        }
    }

    private static Checkpoint Open(byte[] note, VerifierKey key)
    {
        var opened = SignedNote.Verify(note, key);
        if (!opened.IsVerified)
        {
            throw new VerificationFailedException($"检查点签名验证失败 (checkpoint signature): {opened.Failure}");
        }
        try
        {
            return Checkpoint.Parse(opened.Text!);
        }
        catch (FormatException e)
        {
            throw new VerificationFailedException(e.Message);
        }
    }

    private async Task CheckExtendsSavedAsync(byte[] savedNote, Checkpoint current, VerifierKey key, CancellationToken ct)
    {
        var saved = Open(savedNote, key);
        Pass("验证已保存检查点的签名 (verify the saved checkpoint)", $"大小 (size) {saved.Size}");
        Require(saved.Origin == current.Origin, "已保存检查点来自另一个日志 (the saved checkpoint is from another log)");
        Require(saved.Size <= current.Size,
            $"日志变短了：{saved.Size} → {current.Size} (the log shrank: it no longer extends the saved checkpoint)");
        IReadOnlyList<byte[]> path = [];
        // Equal sizes and the empty tree need no proof; the portal need not answer for them.
        if (saved.Size > 0 && saved.Size < current.Size)
        {
            var proof = await portal.GetConsistencyProofAsync(saved.Size, current.Size, ct);
            Require(proof.First == saved.Size && proof.Second == current.Size,
                "一致性证明的大小与请求不符 (the consistency proof is for other sizes)");
            path = proof.Path;
        }
        Require(Rfc9162.VerifyConsistency(saved.Size, current.Size, saved.RootHash, current.RootHash, path),
            $"一致性证明无效：{saved.Size} → {current.Size} (the log does not extend the saved checkpoint)");
        Pass("验证一致性证明 (verify the consistency proof)", $"{saved.Size} → {current.Size}, {path.Count} 个节点 (nodes)");
    }

    private void Pass(string step, string detail) => output.WriteLine($"[通过 PASS] {step}: {detail}");

    private static void Require(bool condition, string failure)
    {
        if (!condition)
        {
            throw new VerificationFailedException(failure);
        }
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
