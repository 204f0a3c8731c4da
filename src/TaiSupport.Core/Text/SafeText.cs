using System.Text;

namespace TaiSupport.Core.Text;

/// <summary>Echoes user text inside problem sentences and error lines safely: no lone surrogates, no control characters, bounded length.</summary>
public static class SafeText
{
    /// <summary>
    /// Returns <paramref name="text"/> with each lone surrogate replaced by U+FFFD, each control character by <c>\uXXXX</c>,
    /// and cut to <paramref name="maxLength"/> characters with an ellipsis, so any string can be written to UTF-8 and JSON.
    /// </summary>
    /// <param name="text">Any string, including ill-formed UTF-16.</param>
    /// <param name="maxLength">The longest result before the ellipsis.</param>
    /// <returns>Well-formed text safe to write anywhere.</returns>
    public static string Echo(string? text, int maxLength = 200)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(Math.Min(text.Length, maxLength) + 1);
        for (var i = 0; i < text.Length && result.Length < maxLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                result.Append('\uFFFD');
            }
            else if (char.IsControl(c))
            {
                result.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.Length >= maxLength && text.Length > maxLength ? result.Append('…').ToString() : result.ToString();
    }

    /// <summary>Whether <paramref name="text"/> is well-formed UTF-16 (no lone surrogates), so it can be written as UTF-8.</summary>
    /// <param name="text">Any string.</param>
    /// <returns>True when every surrogate is paired.</returns>
    public static bool IsWellFormed(string? text)
    {
        if (text is null)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
