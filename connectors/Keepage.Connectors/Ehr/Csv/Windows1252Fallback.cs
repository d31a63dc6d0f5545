using System.Text;

namespace Keepage.Connectors.Ehr.Csv;

/// <summary>
/// Decodes each byte that is not valid UTF-8 as Windows-1252 instead of U+FFFD, so a file whose first accented
/// character comes after the sniffed prefix (see <see cref="ExportEncoding"/>) still reads "José", not "Jos\uFFFD".
/// </summary>
internal sealed class Windows1252Fallback : DecoderFallback
{
    private static readonly char[] Table = BuildTable();

    public static Windows1252Fallback Instance { get; } = new();

    public override int MaxCharCount => 4;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

    public static Encoding Encoding1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    private static char[] BuildTable()
    {
        var bytes = Enumerable.Range(0, 256).Select(value => (byte)value).ToArray();
        return Encoding1252.GetChars(bytes);
    }

    private sealed class Buffer : DecoderFallbackBuffer
    {
        private readonly char[] _chars = new char[8];
        private int _count;
        private int _index;

        public override int Remaining => _count - _index;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            ArgumentNullException.ThrowIfNull(bytesUnknown);
            _count = Math.Min(bytesUnknown.Length, _chars.Length);
            for (var i = 0; i < _count; i++)
                _chars[i] = Table[bytesUnknown[i]];
            _index = 0;
            return _count > 0;
        }

        public override char GetNextChar() => _index < _count ? _chars[_index++] : '\0';

        public override bool MovePrevious()
        {
            if (_index == 0)
                return false;
            _index--;
            return true;
        }

        public override void Reset() => _count = _index = 0;
    }
}
