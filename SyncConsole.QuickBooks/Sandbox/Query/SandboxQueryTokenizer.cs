using System.Text;

namespace SyncConsole.QuickBooks.Sandbox.Query;

/// <summary>Splits a query into words, quoted strings (kept with a leading quote mark) and symbols.</summary>
internal static class SandboxQueryTokenizer
{
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                tokens.Add(ReadString(text, ref i));
            }
            else if (c is '<' or '>' or '!' && i + 1 < text.Length && text[i + 1] == '=')
            {
                tokens.Add(text.Substring(i, 2));
                i += 2;
            }
            else if (c is '(' or ')' or ',' or '*' or '=' or '<' or '>')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or ',' or '=' or '<' or '>' or '\'' or '!' or '*'))
                {
                    i++;
                }

                if (i == start)
                {
                    throw SandboxFaultException.QueryParser($"Encountered \"{text[i]}\" at column {i + 1}.");
                }

                tokens.Add(text[start..i]);
            }
        }

        return tokens;
    }

    private static string ReadString(string text, ref int i)
    {
        var value = new StringBuilder("'");
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            // QuickBooks escapes an apostrophe with a backslash; a doubled quote is accepted too.
            if (c == '\\' && i + 1 < text.Length)
            {
                value.Append(text[i + 1]);
                i += 2;
            }
            else if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                value.Append('\'');
                i += 2;
            }
            else if (c == '\'')
            {
                i++;
                return value.ToString();
            }
            else
            {
                value.Append(c);
                i++;
            }
        }

        throw SandboxFaultException.QueryParser("Unterminated string literal.");
    }
}
