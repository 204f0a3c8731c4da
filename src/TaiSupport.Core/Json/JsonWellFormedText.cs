using System.Text.Json;
using TaiSupport.Core.Text;

namespace TaiSupport.Core.Serialization;

/// <summary>
/// Finds text that JSON allows but .NET strings cannot carry safely (lone surrogates), so a reader or a JSON-lines
/// runner can report it with its path instead of failing while reading or echoing it.
/// </summary>
public static class JsonWellFormedText
{
    /// <summary>
    /// The JSON path of the first string or property name in <paramref name="element"/> that is not well-formed UTF-16
    /// (a lone surrogate escape such as <c>"\ud800"</c>, valid JSON that System.Text.Json cannot read as text), or null.
    /// One pass; the parser's depth limit bounds the recursion.
    /// </summary>
    /// <param name="element">A parsed JSON value.</param>
    /// <param name="path">The path of <paramref name="element"/>, such as <c>$</c>.</param>
    /// <returns>A path such as <c>$.week.tuesday[0]</c>, or null when every text is well-formed.</returns>
    public static string? FirstIllFormed(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsText(element) ? null : path;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstIllFormed(item, JsonInput.Index(path, i++)) is { } inItem)
                    {
                        return inItem;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return JsonInput.Property(path, "\uFFFD");
                    }

                    if (FirstIllFormed(property.Value, JsonInput.Property(path, SafeText.Echo(name, 60))) is { } inValue)
                    {
                        return inValue;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsText(JsonElement element)
    {
        try
        {
            return SafeText.IsWellFormed(element.GetString());
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
