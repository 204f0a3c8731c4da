using TaiSupport.Core.Triage;
using Xunit.Abstractions;

namespace TaiSupport.Core.Tests.Triage;

/// <summary>The second reader's model (<see cref="TriageReaderModel"/>): features, training, the embedded resource.</summary>
public sealed class TriageReaderTests(ITestOutputHelper output)
{
    /// <summary>
    /// The embedded model is the one the committed labelled sets train today (a changed label, ticket or feature rule
    /// makes it stale). TAI_TRIAGE_READER_WRITE=path writes a fresh one there (copy it to
    /// src/TaiSupport.Core/Triage/triage-reader.bin).
    /// </summary>
    [Fact]
    public void Embedded_model_is_the_one_the_committed_sets_train()
    {
        var trained = TriageReaderTrainer.Write(TriageReaderTraining.Examples());
        if (Environment.GetEnvironmentVariable("TAI_TRIAGE_READER_WRITE") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, TriageReaderTrainer.Deflate(trained));
            output.WriteLine($"{trained.Length} bytes, written deflated to {path}");
        }

        using var stream = typeof(TriageReaderModel).Assembly.GetManifestResourceStream(TriageReaderModel.ResourceName);
        Assert.NotNull(stream);
        Assert.True(trained.AsSpan().SequenceEqual(TriageReaderTrainer.Inflate(stream)), "the embedded model is stale: retrain it (TAI_TRIAGE_READER_WRITE)");
    }
}
