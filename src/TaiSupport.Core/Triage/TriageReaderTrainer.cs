using System.Buffers.Binary;
using System.IO.Compression;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>One labelled ticket for the second reader: the request and the priority, category and route its label gives.</summary>
/// <param name="Request">The ticket.</param>
/// <param name="Priority">The labelled priority.</param>
/// <param name="Category">The labelled category.</param>
/// <param name="Route">The labelled route.</param>
internal sealed record TriageReaderExample(TriageRequest Request, Priority Priority, Category Category, TicketRoute Route);

/// <summary>
/// Trains the second reader (<see cref="TriageReaderModel"/>): per feature, in how many tickets of each priority, category
/// and route it occurs (binary counts), and the tickets per class. Deterministic: the same examples give the same bytes
/// (features sorted by hash), so a test can retrain from the committed labelled sets and compare with the embedded
/// resource (<c>tests/…/Triage/TriageReaderTests.cs</c>; <c>TAI_TRIAGE_READER_WRITE=path</c> writes a fresh one).
/// </summary>
internal static class TriageReaderTrainer
{
    /// <summary>The smoothing α of the session 11 experiment's chosen configuration.</summary>
    public const double DefaultAlpha = 0.3;

    /// <summary>Trains a model in memory (for cross-validation).</summary>
    /// <param name="examples">The labelled tickets.</param>
    /// <param name="alpha">The add-α smoothing.</param>
    /// <returns>The model.</returns>
    public static TriageReaderModel Train(IEnumerable<TriageReaderExample> examples, double alpha = DefaultAlpha) =>
        TriageReaderModel.Read(Write(examples, alpha));

    /// <summary>The model's bytes (uncompressed): "TRR1", α, tickets per class, then each feature's hash (delta from the previous, varint) and its 15 class counts (varints).</summary>
    /// <param name="examples">The labelled tickets.</param>
    /// <param name="alpha">The add-α smoothing.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Write(IEnumerable<TriageReaderExample> examples, double alpha = DefaultAlpha)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var documents = new int[TriageReaderModel.Classes];
        var counts = new Dictionary<ulong, int[]>();
        var distinct = new HashSet<ulong>();
        foreach (var e in examples)
        {
            distinct.Clear();
            var sink = new Collect(distinct);
            TriageReaderFeatures.Walk(e.Request, ref sink);
            var (p, c, r) = Classes(e);
            documents[p]++;
            documents[c]++;
            documents[r]++;
            foreach (var f in distinct)
            {
                if (!counts.TryGetValue(f, out var row))
                {
                    counts[f] = row = new int[TriageReaderModel.Classes];
                }

                row[p]++;
                row[c]++;
                row[r]++;
            }
        }

        using var output = new MemoryStream();
        Span<byte> buffer = stackalloc byte[10];
        BinaryPrimitives.WriteUInt32LittleEndian(buffer, TriageReaderModel.Magic);
        output.Write(buffer[..4]);
        BinaryPrimitives.WriteDoubleLittleEndian(buffer, alpha);
        output.Write(buffer[..8]);
        foreach (var d in documents)
        {
            Varint(output, (ulong)d);
        }

        Varint(output, (ulong)counts.Count);
        var previous = 0UL;
        foreach (var f in counts.Keys.Order())
        {
            Varint(output, f - previous);
            previous = f;
            foreach (var n in counts[f])
            {
                Varint(output, (ulong)n);
            }
        }

        return output.ToArray();
    }

    /// <summary>The embedded resource's form: the model's bytes deflated.</summary>
    /// <param name="model">The uncompressed bytes.</param>
    /// <returns>The compressed bytes.</returns>
    public static byte[] Deflate(byte[] model)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(model);
        }

        return output.ToArray();
    }

    /// <summary>The model's bytes from their deflated form.</summary>
    /// <param name="compressed">The deflated stream.</param>
    /// <returns>The uncompressed bytes.</returns>
    public static byte[] Inflate(Stream compressed)
    {
        using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
        using var output = new MemoryStream();
        deflate.CopyTo(output);
        return output.ToArray();
    }

    private static (int Priority, int Category, int Route) Classes(TriageReaderExample e) =>
        ((int)e.Priority, TriageReaderModel.Priorities + (int)e.Category, TriageReaderModel.Priorities + TriageReaderModel.Categories + (int)e.Route);

    /// <summary>Writes <paramref name="value"/> as the format's unsigned LEB128 varint.</summary>
    internal static void Varint(Stream output, ulong value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }

    private readonly struct Collect(HashSet<ulong> into) : TriageReaderFeatures.ISink
    {
        public void Add(ulong feature) => into.Add(feature);
    }
}
