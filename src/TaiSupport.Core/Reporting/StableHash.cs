namespace TaiSupport.Core.Reporting;

/// <summary>
/// A hash that is the same on every machine, process and .NET version (unlike <see cref="string.GetHashCode()"/>), so a
/// seeded sample can be reproduced anywhere: FNV-1a over the UTF-16 code units, mixed with the seed by SplitMix64.
/// </summary>
internal static class StableHash
{
    public static ulong Rank(int seed, string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(hash ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL));
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
