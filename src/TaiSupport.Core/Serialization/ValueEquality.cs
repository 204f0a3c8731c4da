using System.Collections.Immutable;

namespace TaiSupport.Core.Serialization;

/// <summary>
/// Structural equality for the immutable collections inside policy records (issue 11): a record's compiler-made
/// <c>Equals</c> compares an <see cref="ImmutableArray{T}"/>, dictionary or set by reference, so two policies read from
/// the same file would differ. Policies compare their collections through these helpers instead (by content, in order
/// for arrays, by key for dictionaries, as sets for sets); a default (uninitialised) array equals an empty one.
/// </summary>
internal static class ValueEquality
{
    /// <summary>Element by element, in order, with the element type's own equality or <paramref name="equal"/>.</summary>
    public static bool Sequence<T>(ImmutableArray<T> a, ImmutableArray<T> b, Func<T, T, bool>? equal = null)
    {
        if (a.IsDefaultOrEmpty || b.IsDefaultOrEmpty)
        {
            return a.IsDefaultOrEmpty && b.IsDefaultOrEmpty;
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!(equal?.Invoke(a[i], b[i]) ?? comparer.Equals(a[i], b[i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same keys, and equal values under each (the value type's own equality or <paramref name="equal"/>).</summary>
    public static bool Map<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? a, IReadOnlyDictionary<TKey, TValue>? b, Func<TValue, TValue, bool>? equal = null)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !(equal?.Invoke(value, other) ?? comparer.Equals(value, other)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same members, in any order.</summary>
    public static bool Set<T>(IImmutableSet<T>? a, IImmutableSet<T>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.Count == b.Count && a.SetEquals(b));

    /// <summary>The length of an array, 0 when it is default (for hash codes consistent with <see cref="Sequence"/>).</summary>
    public static int Length<T>(ImmutableArray<T> a) => a.IsDefault ? 0 : a.Length;
}
