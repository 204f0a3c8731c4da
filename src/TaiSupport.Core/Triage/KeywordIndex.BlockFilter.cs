#if NET10_0_OR_GREATER
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TaiSupport.Core.Triage;

/// <summary>The per-word filter of a whole 64-character block at once, with AVX-512 (thirteenth speed pass).</summary>
/// <remarks>
/// The scan's per-word loop tested every word start against the filter bitmap with a branch on the outcome, taken for
/// about one word in six and mispredicted most times it was (the twelfth pass's profile). Here the words of an ASCII
/// block that start and end inside it are keyed 8 at a time in vector lanes — their starts and ends compressed out of
/// the block's masks (<c>VPCOMPRESSB</c>), their first four and last characters picked from the block's characters
/// (<c>VPERMI2W</c>), the same key as <see cref="FilterKey"/> (one 64-bit multiply per lane), the bitmap's words
/// gathered —, and only the starts whose bit is set go on to the loop. A word the vector pass cannot key (one running on
/// past the block, more than 16 in the block, a block with a non-ASCII character or without 64 characters) stays a
/// start, and the loop tests it as before; so the loop sees exactly the words it let through before, fewer times.
/// Without AVX-512 VBMI2, or on .NET 8, the loop tests every start itself (same results).
/// </remarks>
internal sealed partial class KeywordIndex
{
    /// <summary>Whether this machine runs <see cref="FilterBlock"/> (AVX-512 F, BW, DQ, VBMI, VBMI2, AVX2, BMI2).</summary>
    internal static bool BlockFilterSupported =>
        Avx512Vbmi2.IsSupported && Avx512Vbmi.IsSupported && Avx512DQ.IsSupported && Avx512BW.IsSupported && Avx2.IsSupported
        && Bmi2.X64.IsSupported && BitConverter.IsLittleEndian;

    /// <summary>How many blocks the scan filters ahead of its loop (<c>CandidateWords.FillAhead</c>).</summary>
    private const int AheadBlocks = 8;

    /// <summary>Byte i holds bit i % 8 (for <see cref="ByteMask"/>).</summary>
    private static readonly Vector512<byte> BitOfByte = Vector512.Create(
        Enumerable.Range(0, 64).Select(i => (byte)(1 << (i & 7))).ToArray());

    /// <summary>Byte i comes from byte i / 8 of the broadcast mask (for <see cref="ByteMask"/>).</summary>
    private static readonly Vector512<byte> ByteOfBit = Vector512.Create(
        Enumerable.Range(0, 64).Select(i => (byte)(i >> 3)).ToArray());

    /// <summary>Lane i takes word i / 4 of the first 8 (each word keyed in 4 lanes: one 64-bit key).</summary>
    private static readonly Vector512<ushort> FirstEight = Vector512.Create(
        Enumerable.Range(0, 32).Select(i => (ushort)(i >> 2)).ToArray());

    /// <summary>Lane i takes word 8 + i / 4.</summary>
    private static readonly Vector512<ushort> SecondEight = Vector512.Create(
        Enumerable.Range(0, 32).Select(i => (ushort)(8 + (i >> 2))).ToArray());

    /// <summary>Lane i reads the word's character i % 4.</summary>
    private static readonly Vector512<ushort> CharacterOfLane = Vector512.Create(
        Enumerable.Range(0, 32).Select(i => (ushort)(i & 3)).ToArray());

    /// <summary>All ones in the first lane of each 4 (where the key holds the last character and the length).</summary>
    private static readonly Vector512<ushort> FirstOfFour = Vector512.Create(
        Enumerable.Range(0, 32).Select(i => (i & 3) == 0 ? ushort.MaxValue : (ushort)0).ToArray());

    /// <summary>
    /// The word starts of the block at <paramref name="block"/> that the per-word filter may let through:
    /// <paramref name="starts"/> (bit i: a word starts at <c>block + i</c>) without the ASCII words that start and end
    /// inside the block and whose <see cref="FilterKey"/> bit is clear in <paramref name="filter"/>. Every other start
    /// is kept (see the type's remarks); <paramref name="starts"/> itself when the block is not 64 ASCII characters of
    /// <paramref name="text"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="block">The block's first character (a multiple of 64 in the scan).</param>
    /// <param name="starts">The block's word starts to filter.</param>
    /// <param name="mask">The block's word mask (<see cref="WordMask"/>).</param>
    /// <param name="filter">The per-word filter bitmap.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into FillAhead's loop: no call per block
    internal static ulong FilterBlock(ReadOnlySpan<char> text, int block, ulong starts, ulong mask, ulong[] filter)
    {
        if (!BlockFilterSupported || starts == 0 || block < 0 || block > text.Length - 64 || filter.Length != 1 << (FilterBits - 6))
        {
            return starts;
        }

        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var low = Vector512.LoadUnsafe(ref chars, (nuint)block);
        var high = Vector512.LoadUnsafe(ref chars, (nuint)block + 32);
        if (Vector512.GreaterThanAny(low | high, Vector512.Create((ushort)127)))
        {
            return starts;
        }

        // A start's bit added to the word mask carries through its word to the character after it: the ends (exclusive)
        // of the started words inside the block, in the same order; a word running on to the block's end carries out.
        var ends = (mask + starts) & ~mask;
        var keyed = Math.Min(BitOperations.PopCount(ends), 16);
        var startAt = Avx512BW.ConvertToVector512UInt16(
            Avx512Vbmi2.Compress(Vector512<byte>.Zero, ByteMask(starts), Vector512<byte>.Indices).GetLower());
        var endAt = Avx512BW.ConvertToVector512UInt16(
            Avx512Vbmi2.Compress(Vector512<byte>.Zero, ByteMask(ends), Vector512<byte>.Indices).GetLower());
        var pass = Passes(low, high, startAt, endAt, FirstEight, filter);
        if (keyed > 8)
        {
            pass |= Passes(low, high, startAt, endAt, SecondEight, filter) << 8;
        }

        // The words not keyed (past the 16th, or running on past the block) pass.
        var tested = (1UL << keyed) - 1;
        return Bmi2.X64.ParallelBitDeposit((pass & tested) | ~tested, starts);
    }

    /// <summary>
    /// The word starts of the 64-character block at <paramref name="block"/> as the scan computes them (after a word
    /// running on from the previous block, words shorter than every anchor left out), and what <see cref="FilterBlock"/>
    /// keeps of them with this index's filter; for tests.
    /// </summary>
    internal (ulong Starts, ulong Kept) BlockStarts(ReadOnlySpan<char> text, int block)
    {
        var mask = WordMask(text, block);
        var afterWord = block > 0 && IsWordChar(text[block - 1]) ? 1UL : 0;
        var starts = WordStarts(mask, afterWord, shortestAnchor);
        return (starts, FilterBlock(text, block, starts, mask, filter));
    }

    /// <summary>Whether the scan's per-word filter lets <paramref name="word"/> through (as its loop tests it); for tests.</summary>
    internal bool PassesWordFilter(ReadOnlySpan<char> word)
    {
        var (head, last) = (HeadOf(word), word[^1]);
        return HasNonAscii(head, last) || IsSet(filter, FilterKey(head, last, word.Length));
    }

    /// <summary>A byte vector with byte i all ones when bit i of <paramref name="bits"/> is set, else zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<byte> ByteMask(ulong bits)
    {
        var spread = Avx512Vbmi.PermuteVar64x8(Vector512.Create(bits).AsByte(), ByteOfBit);
        return Vector512.Equals(spread & BitOfByte, BitOfByte);
    }

    /// <summary>
    /// For 8 words (<paramref name="which"/> picks them from the compressed starts and ends), bit k set when word k's
    /// <see cref="FilterKey"/> bit is set in <paramref name="filter"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe ulong Passes(
        Vector512<ushort> low, Vector512<ushort> high, Vector512<ushort> startAt, Vector512<ushort> endAt, Vector512<ushort> which, ulong[] filter)
    {
        var start = Avx512BW.PermuteVar32x16(startAt, which);
        var end = Avx512BW.PermuteVar32x16(endAt, which);
        var at = start + CharacterOfLane;
        var five = Vector512.Create((ushort)0x1F);

        // FilterKey's fields: the first four characters (zero past the word's end) in the four lanes, the last character
        // and the length (at most 15) above the first.
        var head = Avx512BW.PermuteVar32x16x2(low, at, high) & Vector512.LessThan(at, end) & five;
        var last = Avx512BW.PermuteVar32x16x2(low, end - Vector512<ushort>.One, high) & five;
        var length = Vector512.Min(end - start, Vector512.Create((ushort)15));
        var key = (head | (((last << 5) | (length << 10)) & FirstOfFour)).AsUInt64();
        var bit = Avx512F.ConvertToVector256UInt32(
            Avx512DQ.MultiplyLow(key, Vector512.Create(0x9E3779B97F4A7C15UL)) >> (64 - FilterBits));
        Vector256<uint> words;
        fixed (ulong* bits = filter)
        {
            words = Avx2.GatherVector256((int*)bits, (bit >> 5).AsInt32(), 4).AsUInt32();
        }

        return Vector256.ExtractMostSignificantBits(Avx2.ShiftLeftLogicalVariable(words, Vector256.Create(31u) - (bit & Vector256.Create(31u))));
    }
}

/// <summary>One 64-bit value per block read ahead by the scan (<c>KeywordIndex.AheadBlocks</c> of them).</summary>
[InlineArray(8)]
internal struct AheadBuffer
{
    private ulong first;
}
#endif
