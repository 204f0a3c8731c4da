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
/// gathered —, then their neighbouring words' lengths and first letters read from the block's mask and characters and
/// tested against the neighbour bitmap (<see cref="MayHavePhrase"/>) the same way; only the starts that pass both, or
/// have the watched word's key, or whose neighbours cannot be read inside the block, go on to the loop. A few blocks are
/// filtered ahead of the loop, so their vector work overlaps. A word the vector pass cannot key (one running on
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
    /// The word starts of the block at <paramref name="block"/> that the scan's loop may return:
    /// <paramref name="starts"/> (bit i: a word starts at <c>block + i</c>) without the ASCII words that start and end
    /// inside the block (the first 16 of them) and whose <see cref="FilterKey"/> bit is clear in <paramref name="filter"/>,
    /// or whose neighbours, read from the block, the neighbour bitmap rejects (see <see cref="Keep"/>). Every other start
    /// is kept (see the type's remarks); <paramref name="starts"/> itself when the block is not 64 ASCII characters of
    /// <paramref name="text"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="block">The block's first character (a multiple of 64 in the scan).</param>
    /// <param name="starts">The block's word starts to filter.</param>
    /// <param name="mask">The block's word mask (<see cref="WordMask"/>).</param>
    /// <param name="filter">The per-word filter bitmap.</param>
    /// <param name="neighbourFilter">The neighbour bitmap (<see cref="MayHavePhrase"/>).</param>
    /// <param name="watchKey">The watched word's filter key (−2: none); a word with it is kept.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into FillAhead's loop: no call per block
    internal static ulong FilterBlock(ReadOnlySpan<char> text, int block, ulong starts, ulong mask, ulong[] filter, ulong[] neighbourFilter, int watchKey)
    {
        if (!BlockFilterSupported || starts == 0 || block < 0 || block > text.Length - 64
            || filter.Length != 1 << (FilterBits - 6) || neighbourFilter.Length != 1 << (FilterBits - 6))
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
        var atEnd = Avx512BW.PermuteVar32x16x2(low, endAt, high);
        var afterEnd = Avx512BW.PermuteVar32x16x2(low, endAt + Vector512<ushort>.One, high);
        var beforeStart = Avx512BW.PermuteVar32x16x2(low, startAt - Vector512<ushort>.One, high);
        var pass = Keep(low, high, mask, startAt, endAt, FirstEight, startAt.GetLower().GetLower(), endAt.GetLower().GetLower(),
            atEnd.GetLower().GetLower(), afterEnd.GetLower().GetLower(), beforeStart.GetLower().GetLower(), filter, neighbourFilter, watchKey);
        if (keyed > 8)
        {
            pass |= Keep(low, high, mask, startAt, endAt, SecondEight, startAt.GetLower().GetUpper(), endAt.GetLower().GetUpper(),
                atEnd.GetLower().GetUpper(), afterEnd.GetLower().GetUpper(), beforeStart.GetLower().GetUpper(), filter, neighbourFilter, watchKey) << 8;
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
        var starts = mask & ~((mask << 1) | afterWord) & LongEnough(mask, shortestAnchor);
        return (starts, FilterBlock(text, block, starts, mask, filter, neighbourFilter, watchKey));
    }

    /// <summary>
    /// Whether the scan's loop returns the word <c>text[start..end]</c> (with every character it reads ASCII): the per-word
    /// filter lets it through, and the neighbour bitmap does (the neighbours read from the text) or it has the watched
    /// word's key; for tests.
    /// </summary>
    internal bool ReturnsWord(ReadOnlySpan<char> text, int start, int end)
    {
        var (head, last) = (HeadOf(text[start..end]), text[end - 1]);
        var key = FilterKey(head, last, end - start);
        if (!IsSet(filter, key))
        {
            return false;
        }

        var (before, beforeFirst) = WordBefore(text, start);
        var (after, afterFirst) = WordAfter(text, end);
        return key == watchKey || MayHavePhrase(neighbourFilter, key, new Neighbourhood(before, after, beforeFirst, afterFirst));
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
    /// For 8 words (<paramref name="which"/> picks them from the compressed starts and ends; <paramref name="start"/>
    /// and <paramref name="end"/> are theirs, and the characters at their end, after it and before their start), bit k
    /// set when the scan's loop must see word k: its <see cref="FilterKey"/> bit is set in <paramref name="filter"/>,
    /// and the neighbour bitmap lets it through (<see cref="MayHavePhrase"/>), it has the watched word's key, or its
    /// neighbours are not plain (a word one space away, or no separator) inside the block, where the loop reads them
    /// from the text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe ulong Keep(
        Vector512<ushort> low, Vector512<ushort> high, ulong mask, Vector512<ushort> startAt, Vector512<ushort> endAt, Vector512<ushort> which,
        Vector128<ushort> start, Vector128<ushort> end, Vector128<ushort> atEnd, Vector128<ushort> afterEnd, Vector128<ushort> beforeStart,
        ulong[] filter, ulong[] neighbourFilter, int watchKey)
    {
        var starts4 = Avx512BW.PermuteVar32x16(startAt, which);
        var ends4 = Avx512BW.PermuteVar32x16(endAt, which);
        var at = starts4 + CharacterOfLane;
        var five = Vector512.Create((ushort)0x1F);

        // FilterKey's fields: the first four characters (zero past the word's end) in the four lanes, the last character
        // and the length (at most 15) above the first.
        var head = Avx512BW.PermuteVar32x16x2(low, at, high) & Vector512.LessThan(at, ends4) & five;
        var last = Avx512BW.PermuteVar32x16x2(low, ends4 - Vector512<ushort>.One, high) & five;
        var length = Vector512.Min(ends4 - starts4, Vector512.Create((ushort)15));
        var packed = (head | (((last << 5) | (length << 10)) & FirstOfFour)).AsUInt64();
        var key = Avx512F.ConvertToVector256UInt32(Avx512DQ.MultiplyLow(packed, Vector512.Create(0x9E3779B97F4A7C15UL)) >> (64 - FilterBits));

        // The neighbours as CandidateWords.Neighbours reads them from the masks: the run of word characters after the
        // end's one space (bits from end + 1 on: its length is the count of trailing set bits of the non-word mask there),
        // and before the start's one space (its length is the count of leading set bits below start − 1). A run that
        // reaches the block's edge is not known here (0 after the shift: 64 and up).
        var (s, e) = (Avx2.ConvertToVector256Int32(start).AsUInt32(), Avx2.ConvertToVector256Int32(end).AsUInt32());
        var nonWord = Vector512.Create(~mask);
        var after = Avx512F.ShiftRightLogicalVariable(nonWord, Avx512F.ConvertToVector512UInt64(e + Vector256<uint>.One));
        var afterRun = Avx512F.ConvertToVector256UInt32(
            Vector512.Create(63UL) - Avx512CD.LeadingZeroCount(after & (Vector512<ulong>.Zero - after)));
        var beforeRun = Avx512F.ConvertToVector256UInt32(Avx512CD.LeadingZeroCount(
            Avx512F.ShiftLeftLogicalVariable(nonWord, Vector512.Create(65UL) - Avx512F.ConvertToVector512UInt64(s))));
        var (charAtEnd, charBefore) = (Avx2.ConvertToVector256Int32(atEnd).AsUInt32(), Avx2.ConvertToVector256Int32(beforeStart).AsUInt32());
        var space = Vector256.Create((uint)' ');
        var one = Vector256<uint>.One;
        var hasStart = Vector256.GreaterThanOrEqual(s, one);
        var afterHas = Vector256.Equals(charAtEnd, space) & Vector256.LessThan(afterRun - one, Vector256.Create(63u));
        var beforeHas = hasStart & Vector256.Equals(charBefore, space) & Vector256.LessThan(beforeRun - one, Vector256.Create(63u));
        var known = (afterHas | ~MaybeSeparator(charAtEnd)) & (beforeHas | (hasStart & ~MaybeSeparator(charBefore)));

        var afterFirst = Avx2.ConvertToVector256Int32(afterEnd).AsUInt32();
        var beforeFirst = Avx2.ConvertToVector256Int32(Avx512BW.PermuteVar32x16x2(
            low, Avx512F.VL.ConvertToVector128UInt16(s - one - beforeRun).ToVector256().ToVector512(), high).GetLower().GetLower()).AsUInt32();
        var anchor = key * Vector256.Create(97u);
        fixed (ulong* filterBits = filter, nearBits = neighbourFilter)
        {
            var passes = IsSet((uint*)filterBits, key);
            var mayHave = IsSet((uint*)nearBits, NeighbourKeys(anchor, 2, Vector256<uint>.Zero, Vector256<uint>.Zero))
                | (afterHas & IsSet((uint*)nearBits, NeighbourKeys(anchor, 1, afterRun, afterFirst)))
                | (beforeHas & IsSet((uint*)nearBits, NeighbourKeys(anchor, 0, beforeRun, beforeFirst)));
            var watched = Vector256.Equals(key, Vector256.Create((uint)watchKey));
            return Vector256.ExtractMostSignificantBits(passes & (mayHave | ~known | watched));
        }
    }

    /// <summary><see cref="NeighbourKey"/> in 8 lanes (<paramref name="anchor"/>: the filter key × 97).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> NeighbourKeys(Vector256<uint> anchor, uint side, Vector256<uint> length, Vector256<uint> letter) =>
        ((((anchor + Vector256.Create(side * 32) + Vector256.Min(length, Vector256.Create(31u))) * Vector256.Create(32u))
            + (letter & Vector256.Create(0x1Fu))) * Vector256.Create(0x85EBCA77u)) >> (32 - FilterBits);

    /// <summary>The top bit of each lane set when bit <paramref name="key"/> is set in <paramref name="bits"/> (gathered).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe Vector256<uint> IsSet(uint* bits, Vector256<uint> key) =>
        Vector256.ShiftRightArithmetic(Avx2.ShiftLeftLogicalVariable(
            Avx2.GatherVector256((int*)bits, (key >> 5).AsInt32(), 4).AsUInt32(), Vector256.Create(31u) - (key & Vector256.Create(31u))).AsInt32(), 31).AsUInt32();

    /// <summary>All ones where an ASCII character may be a separator (<see cref="IsSeparator"/>: space, controls, <c>-_/'</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> MaybeSeparator(Vector256<uint> c) =>
        Vector256.LessThanOrEqual(c, Vector256.Create((uint)' ')) | Vector256.Equals(c, Vector256.Create((uint)'-'))
        | Vector256.Equals(c, Vector256.Create((uint)'_')) | Vector256.Equals(c, Vector256.Create((uint)'/'))
        | Vector256.Equals(c, Vector256.Create((uint)'\''));
}

/// <summary>One 64-bit value per block read ahead by the scan (<c>KeywordIndex.AheadBlocks</c> of them).</summary>
[InlineArray(8)]
internal struct AheadBuffer
{
    private ulong first;
}
#endif
