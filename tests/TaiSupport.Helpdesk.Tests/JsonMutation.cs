namespace TaiSupport.Helpdesk.Tests;

/// <summary>The value mutation the helpdesk's seeded fuzz tests share (<see cref="ApiFuzzTests"/>, <see cref="RequestBodyTests"/>).</summary>
internal static class JsonMutation
{
    /// <summary>Replaces one JSON value (after a <c>:</c>, outside strings) with one of <paramref name="values"/>.</summary>
    /// <param name="random">The seeded source.</param>
    /// <param name="body">A JSON text.</param>
    /// <param name="values">The replacements (JSON texts, valid or not).</param>
    /// <returns>The mutated text.</returns>
    public static string ReplaceValue(Random random, string body, string[] values)
    {
        var colons = new List<int>();
        var inString = false;
        for (var i = 0; i < body.Length; i++)
        {
            if (inString)
            {
                if (body[i] == '\\')
                {
                    i++;
                }
                else
                {
                    inString = body[i] != '"';
                }
            }
            else if (body[i] == '"')
            {
                inString = true;
            }
            else if (body[i] == ':')
            {
                colons.Add(i);
            }
        }

        if (colons.Count == 0)
        {
            return body;
        }

        var start = colons[random.Next(colons.Count)] + 1;
        var end = start;
        var depth = 0;
        inString = false;
        for (; end < body.Length; end++)
        {
            var c = body[end];
            if (inString)
            {
                if (c == '\\')
                {
                    end++;
                }
                else
                {
                    inString = c != '"';
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                break;
            }
        }

        return body[..start] + values[random.Next(values.Length)] + body[end..];
    }
}
