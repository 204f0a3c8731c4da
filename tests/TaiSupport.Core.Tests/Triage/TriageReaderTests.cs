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

    /// <summary>Seeded fuzz: a model's bytes flipped, cut, doubled or filled in give a model or <see cref="InvalidDataException"/>, nothing else
    /// (no overflow, no allocation sized by corrupt bytes, no endless table sizing); likewise for its deflated form.</summary>
    [Fact]
    public void Mutated_model_bytes_give_a_model_or_InvalidDataException_never_another_exception()
    {
        var valid = TriageReaderTrainer.Write(TriageReaderTraining.Examples().Take(12));
        var random = new Random(1212);
        var (models, refused) = (0, 0);
        for (var i = 0; i < 3_000; i++)
        {
            var bytes = valid.ToList();
            for (var m = random.Next(1, 4); m > 0 && bytes.Count > 0; m--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(5))
                {
                    case 0: bytes[at] = (byte)random.Next(256); break;
                    case 1: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 40))); break;
                    case 2: bytes.InsertRange(at, Enumerable.Repeat((byte)0xFF, random.Next(1, 12))); break;
                    case 3: bytes.Insert(at, (byte)random.Next(256)); break;
                    default: bytes.AddRange(bytes.GetRange(at, Math.Min(bytes.Count - at, 30))); break;
                }
            }

            try
            {
                _ = i % 2 == 0 ? TriageReaderModel.Read(bytes.ToArray()) : TriageReaderModel.ReadCompressed(new MemoryStream(i % 4 == 1 ? [.. bytes] : TriageReaderTrainer.Deflate([.. bytes])));
                models++;
            }
            catch (InvalidDataException)
            {
                refused++;
            }
        }

        // Headers no random flip is likely to write: a feature count past int (was a negative array size), one larger than
        // the bytes (was an allocation of gigabytes), and smoothings that are not positive numbers.
        Assert.Equal(0, TriageReaderModel.Read(Header(0.3, 0)).Features); // the header alone is an empty model
        foreach (var header in new[] { Header(1.0, (1UL << 31) + 5), Header(1.0, 1UL << 28), Header(double.NaN, 0), Header(-0.3, 0), Header(0, 0) })
        {
            Assert.Throws<InvalidDataException>(() => TriageReaderModel.Read(header));
        }

        output.WriteLine($"{models} read, {refused} refused");
        Assert.True(refused > 1_000 && models > 0, $"{models} read, {refused} refused");
    }

    private static byte[] Header(double alpha, ulong features)
    {
        using var bytes = new MemoryStream();
        bytes.Write(BitConverter.GetBytes(TriageReaderModel.Magic));
        bytes.Write(BitConverter.GetBytes(alpha));
        bytes.Write(new byte[TriageReaderModel.Classes]); // no documents
        TriageReaderTrainer.Varint(bytes, features);
        bytes.Write(new byte[features == 0 ? 0 : 4]); // a few bytes of a feature, when there should be some
        return bytes.ToArray();
    }
}
