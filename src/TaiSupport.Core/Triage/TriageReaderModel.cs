using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using TaiSupport.Core.Tickets;

namespace TaiSupport.Core.Triage;

/// <summary>What the second reader reads in a ticket: its most likely priority, category and route, each with its probability.</summary>
/// <param name="Priority">The most likely priority.</param>
/// <param name="PriorityP">Its probability.</param>
/// <param name="Category">The most likely category.</param>
/// <param name="CategoryP">Its probability.</param>
/// <param name="Route">The most likely route.</param>
/// <param name="RouteP">Its probability.</param>
/// <param name="Words">How many words the subject and body hold.</param>
internal readonly record struct TriageReading(Priority Priority, double PriorityP, Category Category, double CategoryP, TicketRoute Route, double RouteP, int Words);

/// <summary>
/// The second reader (docs/triage-and-escalation.md, "The second reader"): one multinomial naive Bayes model per field
/// (priority, category, route) over <see cref="TriageReaderFeatures"/> with binary counts and add-α smoothing, trained
/// offline by <see cref="TriageReaderTrainer"/> and shipped as an embedded resource of counts. Loading turns the counts
/// into one row of 16 log-probabilities per feature (4 priorities, 5 categories, 6 routes, one spare) in an
/// open-addressing table, so reading a ticket is a hash walk and a sum of rows. Immutable and thread-safe; reading
/// allocates nothing.
/// </summary>
internal sealed class TriageReaderModel
{
    /// <summary>The priorities, categories and routes in row order (enum order within each field).</summary>
    public const int Priorities = 4, Categories = 5, Routes = 6, Classes = Priorities + Categories + Routes, Stride = 16;

    /// <summary>The embedded resource's logical name.</summary>
    public const string ResourceName = "TaiSupport.Core.Triage.triage-reader.bin";

    /// <summary>The format's first four bytes ("TRR1").</summary>
    public const uint Magic = 0x31525254;

    /// <summary>
    /// Slots of the set of features one reading has summed: at least twice the most features a reading gives (the tier,
    /// at most <see cref="TriageReaderFeatures.MaxWords"/> words and fewer word pairs), so the set is at most half full
    /// and a probe always ends on a free slot.
    /// </summary>
    internal const int SeenSlots = 256;

    private readonly float[] priors = new float[Stride];
    private readonly float[] rows;
    private readonly ulong[] keys;
    private readonly int[] index;
    private readonly int shift;

    private TriageReaderModel(double alpha, int[] documents, ulong[] features, int[] counts)
    {
        Alpha = alpha;
        Features = features.Length;
        var n = Features;
        var totals = new double[Classes];
        for (var f = 0; f < n; f++)
        {
            for (var k = 0; k < Classes; k++)
            {
                totals[k] += counts[(f * Classes) + k];
            }
        }

        rows = new float[Math.Max(1, n) * Stride];
        for (var f = 0; f < n; f++)
        {
            for (var k = 0; k < Classes; k++)
            {
                rows[(f * Stride) + k] = (float)(Math.Log(counts[(f * Classes) + k] + alpha) - Math.Log(totals[k] + (alpha * n)));
            }
        }

        Field(documents, 0, Priorities);
        Field(documents, Priorities, Categories);
        Field(documents, Priorities + Categories, Routes);

        var bits = 4;
        while ((1 << bits) < 2 * n)
        {
            bits++;
        }

        shift = 64 - bits;
        keys = new ulong[1 << bits];
        index = new int[1 << bits];
        for (var f = 0; f < n; f++)
        {
            var slot = Slot(features[f]);
            while (index[slot] != 0)
            {
                slot = (slot + 1) & (keys.Length - 1);
            }

            keys[slot] = features[f];
            index[slot] = f + 1;
        }

        void Field(int[] docs, int from, int count)
        {
            var total = 0.0;
            for (var k = from; k < from + count; k++)
            {
                total += docs[k];
            }

            for (var k = from; k < from + count; k++)
            {
                priors[k] = docs[k] == 0 ? float.NegativeInfinity : (float)Math.Log(docs[k] / total);
            }
        }
    }

    /// <summary>The model trained on every allowed labelled set, loaded once from the embedded resource; null if the resource is missing.</summary>
    public static TriageReaderModel? Default => Embedded.Model;

    /// <summary>The smoothing α it was trained with.</summary>
    public double Alpha { get; }

    /// <summary>How many features (hashed words, word pairs and tiers) it knows.</summary>
    public int Features { get; }

    /// <summary>Reads a model from its format (<see cref="TriageReaderTrainer.Write"/>, uncompressed).</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The bytes are not a model.</exception>
    public static TriageReaderModel Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < 16 || BinaryPrimitives.ReadUInt32LittleEndian(data) != Magic)
        {
            throw new InvalidDataException("not a triage reader model");
        }

        var at = 4;
        var alpha = BinaryPrimitives.ReadDoubleLittleEndian(data[at..]);
        at += 8;
        if (!(alpha > 0 && double.IsFinite(alpha)))
        {
            throw new InvalidDataException("a triage reader model's smoothing must be a positive number");
        }

        var documents = new int[Classes];
        for (var k = 0; k < Classes; k++)
        {
            documents[k] = ReadCount(data, ref at);
        }

        // Each feature takes at least one byte for its hash step and one for each class count: a larger count is corrupt
        // (and would otherwise allocate whatever the bytes say).
        var n = ReadCount(data, ref at);
        if (n > (data.Length - at) / (1 + Classes))
        {
            throw new InvalidDataException("a triage reader model names more features than its bytes hold");
        }

        var features = new ulong[n];
        var counts = new int[n * Classes];
        var previous = 0UL;
        for (var f = 0; f < n; f++)
        {
            previous += ReadVarint(data, ref at);
            features[f] = previous;
            for (var k = 0; k < Classes; k++)
            {
                counts[(f * Classes) + k] = ReadCount(data, ref at);
            }
        }

        return at == data.Length ? new TriageReaderModel(alpha, documents, features, counts) : throw new InvalidDataException("trailing bytes after a triage reader model");
    }

    /// <summary>Reads a model from its compressed form (the embedded resource).</summary>
    /// <param name="compressed">The deflated bytes.</param>
    /// <returns>The model.</returns>
    public static TriageReaderModel ReadCompressed(Stream compressed) => Read(TriageReaderTrainer.Inflate(compressed));

    /// <summary>The most likely priority, category and route of a ticket, with their probabilities.</summary>
    /// <param name="request">The ticket.</param>
    /// <returns>The reading.</returns>
    [SkipLocalsInit]
    public TriageReading Read(TriageRequest request)
    {
        var sink = new Sum(this);
        var words = TriageReaderFeatures.Walk(request, ref sink);
        Span<float> score = stackalloc float[Stride];
        (Vector128.LoadUnsafe(ref priors[0]) + sink.A).CopyTo(score);
        (Vector128.LoadUnsafe(ref priors[4]) + sink.B).CopyTo(score[4..]);
        (Vector128.LoadUnsafe(ref priors[8]) + sink.C).CopyTo(score[8..]);
        (Vector128.LoadUnsafe(ref priors[12]) + sink.D).CopyTo(score[12..]);
        var (priority, pp) = Best(score[..Priorities]);
        var (category, cp) = Best(score.Slice(Priorities, Categories));
        var (route, rp) = Best(score.Slice(Priorities + Categories, Routes));
        return new TriageReading((Priority)priority, pp, (Category)category, cp, (TicketRoute)route, rp, words);
    }

    private static (int Best, double P) Best(ReadOnlySpan<float> score)
    {
        var best = 0;
        for (var k = 1; k < score.Length; k++)
        {
            if (score[k] > score[best])
            {
                best = k;
            }
        }

        var z = 0.0;
        foreach (var s in score)
        {
            z += Math.Exp((double)s - score[best]);
        }

        return (best, 1.0 / z);
    }

    private static int ReadCount(ReadOnlySpan<byte> data, ref int at) =>
        ReadVarint(data, ref at) is var value && value <= int.MaxValue ? (int)value : throw new InvalidDataException("a count in a triage reader model is too large");

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int at)
    {
        var value = 0UL;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= data.Length)
            {
                throw new InvalidDataException("a triage reader model ends early");
            }

            var b = data[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("a varint is too long in a triage reader model");
    }

    private int Slot(ulong feature) => (int)((feature * 0x9E3779B97F4A7C15UL) >> shift);

    /// <summary>Sums the row of each distinct known feature (binary counts: a repeated word counts once).</summary>
    /// <remarks>The features already summed are kept in the sink itself (a small open-addressing set on the stack), not in a
    /// per-thread array as large as the model: nothing to allocate per thread, nothing shared.</remarks>
    private struct Sum : TriageReaderFeatures.ISink
    {
        public Vector128<float> A, B, C, D;

        private readonly TriageReaderModel model;

        /// <summary>The row index + 1 of each feature summed; 0 marks a free slot.</summary>
        private SeenSet seen;

        public Sum(TriageReaderModel model) => this.model = model; // the other fields start at zero (C# auto-default structs), the set empty

        public void Add(ulong feature)
        {
            var keys = model.keys;
            var index = model.index;
            var slot = model.Slot(feature);
            int f;
            while ((f = index[slot]) != 0 && keys[slot] != feature)
            {
                slot = (slot + 1) & (keys.Length - 1);
            }

            if (f == 0 || !FirstTime(f))
            {
                return;
            }

            f--;
            ref var row = ref MemoryMarshal.GetArrayDataReference(model.rows);
            var at = (nuint)(f * Stride);
            A += Vector128.LoadUnsafe(ref row, at);
            B += Vector128.LoadUnsafe(ref row, at + 4);
            C += Vector128.LoadUnsafe(ref row, at + 8);
            D += Vector128.LoadUnsafe(ref row, at + 12);
        }

        /// <summary>Marks feature row <paramref name="f"/> (+1) as summed; false when it already was.</summary>
        private bool FirstTime(int f)
        {
            var slot = (int)(((uint)f * 0x9E3779B1u) >> 24); // the top 8 bits: SeenSlots = 256
            while (seen[slot] != 0)
            {
                if (seen[slot] == f)
                {
                    return false;
                }

                slot = (slot + 1) & (SeenSlots - 1);
            }

            seen[slot] = f;
            return true;
        }
    }

    [InlineArray(SeenSlots)]
    private struct SeenSet
    {
        private int first;
    }

    /// <summary>The embedded model, loaded on first use.</summary>
    private static class Embedded
    {
        public static readonly TriageReaderModel? Model = Load();

        private static TriageReaderModel? Load()
        {
            using var stream = typeof(TriageReaderModel).Assembly.GetManifestResourceStream(ResourceName);
            return stream is null ? null : ReadCompressed(stream);
        }
    }
}
