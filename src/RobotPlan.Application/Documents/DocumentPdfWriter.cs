using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace RobotPlan.Documents;

/// <summary>
/// Draws a <see cref="DocumentContentDto"/> on A4 pages with PDFsharp: authority and title, the fields, the table (repeating its
/// header on each page), and on every page the verification code with a QR code of the verification URL. The QR modules
/// are drawn as vector squares from QRCoder's matrix: crisp at any zoom and a few KB.
/// </summary>
public sealed class DocumentPdfWriter
{
    private const double Margin = 56, FooterHeight = 104, LabelWidth = 120, QrSize = 84;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly XFont _title = new(EmbeddedFontResolver.Family, 18, XFontStyleEx.Bold, Unicode);
    private readonly XFont _authority = new(EmbeddedFontResolver.Family, 11, XFontStyleEx.Regular, Unicode);
    private readonly XFont _body = new(EmbeddedFontResolver.Family, 10.5, XFontStyleEx.Regular, Unicode);
    private readonly XFont _bold = new(EmbeddedFontResolver.Family, 10.5, XFontStyleEx.Bold, Unicode);
    private readonly XFont _small = new(EmbeddedFontResolver.Family, 8.5, XFontStyleEx.Regular, Unicode);

    static DocumentPdfWriter() => EmbeddedFontResolver.EnsureInstalled();

    /// <param name="footer">The localized footer lines (code, URL, what scanning shows, when issued).</param>
    public byte[] Write(DocumentContentDto content, string verifyUrl, IReadOnlyList<string> footer, DateTime issuedAtUtc)
    {
        using var document = new PdfDocument();
        document.Info.Title = content.Title;
        document.Info.Author = content.Authority;
        document.Info.Creator = "RobotPlan";
        document.Info.CreationDate = DateTime.SpecifyKind(issuedAtUtc, DateTimeKind.Utc);
        document.Language = content.Culture;
        var qr = new QRCodeGenerator().CreateQrCode(verifyUrl, QRCodeGenerator.ECCLevel.M);
        var cursor = new PageCursor(this, document, qr, footer);

        cursor.Centered(content.Authority, _authority, 6);
        cursor.Centered(content.Title, _title, 18);
        foreach (var field in content.Fields) cursor.Field(field.Label, field.Value);
        if (content.Table is { } table) cursor.Table(table);
        if (!string.IsNullOrWhiteSpace(content.Note)) cursor.Paragraph(content.Note, _small);
        cursor.Finish();

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Greedy line breaking by character width: Chinese has no spaces to break at; Latin words stay whole when they fit.</summary>
    internal static List<string> Wrap(XGraphics g, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var piece in Pieces(paragraph))
            {
                var candidate = line + piece;
                if (line.Length > 0 && g.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line.TrimEnd());
                    line = piece.TrimStart();
                }
                else line = candidate;
            }
            lines.Add(line);
        }
        return lines;
    }

    // A Latin word with its trailing space is one piece; every other character is a piece of its own.
    private static IEnumerable<string> Pieces(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (text[i] < 0x2E80 && !char.IsWhiteSpace(text[i]))
                while (i < text.Length && text[i] < 0x2E80 && !char.IsWhiteSpace(text[i]) && i - start < 40) i++;
            else i++;
            while (i < text.Length && text[i] == ' ') i++;
            yield return text[start..i];
        }
    }

    /// <summary>Where the next line goes; starts a new page (with the footer) when the body area is full.</summary>
    private sealed class PageCursor(DocumentPdfWriter w, PdfDocument document, QRCodeData qr, IReadOnlyList<string> footer)
    {
        private XGraphics? _g;
        private PdfPage _page = null!;
        private double _y;

        private XGraphics G => _g ?? NewPage();
        private double Width => _page.Width.Point - 2 * Margin;
        private double Bottom => _page.Height.Point - Margin - FooterHeight;

        public void Centered(string text, XFont font, double after)
        {
            foreach (var line in Wrap(G, text, font, Width))
            {
                var size = G.MeasureString(line, font);
                Need(size.Height);
                G.DrawString(line, font, XBrushes.Black, new XPoint(Margin + (Width - size.Width) / 2, _y + font.GetHeight() * 0.8));
                _y += font.GetHeight();
            }
            _y += after;
        }

        public void Field(string label, string value)
        {
            var lines = Wrap(G, value, w._body, Width - LabelWidth);
            var height = lines.Count * w._body.GetHeight() + 5;
            Need(height);
            G.DrawString(label, w._bold, XBrushes.Black, new XPoint(Margin, _y + w._body.GetHeight() * 0.8));
            for (var i = 0; i < lines.Count; i++)
                G.DrawString(lines[i], w._body, XBrushes.Black, new XPoint(Margin + LabelWidth, _y + w._body.GetHeight() * (i + 0.8)));
            _y += height;
        }

        public void Paragraph(string text, XFont font)
        {
            _y += 8;
            foreach (var line in Wrap(G, text, font, Width))
            {
                Need(font.GetHeight());
                G.DrawString(line, font, XBrushes.Black, new XPoint(Margin, _y + font.GetHeight() * 0.8));
                _y += font.GetHeight();
            }
        }

        public void Table(DocumentTableDto table)
        {
            _y += 10;
            var total = table.Widths.Sum();
            var widths = table.Widths.Select(x => x / total * Width).ToArray();
            Row(table.Headers, widths, w._bold, shaded: true);
            foreach (var cells in table.Rows)
            {
                var (lines, height) = Measure(cells, widths, w._small);
                if (Need(height)) Row(table.Headers, widths, w._bold, shaded: true);
                Draw(lines, widths, w._small, height, shaded: false);
            }
        }

        private void Row(IReadOnlyList<string> cells, double[] widths, XFont font, bool shaded)
        {
            var (lines, height) = Measure(cells, widths, font);
            Need(height);
            Draw(lines, widths, font, height, shaded);
        }

        private (List<List<string>> Lines, double Height) Measure(IReadOnlyList<string> cells, double[] widths, XFont font)
        {
            var lines = cells.Select((c, i) => Wrap(G, c, font, widths[i] - 6)).ToList();
            return (lines, lines.Max(l => l.Count) * font.GetHeight() + 6);
        }

        private void Draw(List<List<string>> lines, double[] widths, XFont font, double height, bool shaded)
        {
            if (shaded) G.DrawRectangle(XBrushes.Gainsboro, Margin, _y, Width, height);
            var x = Margin;
            for (var i = 0; i < lines.Count; i++)
            {
                for (var j = 0; j < lines[i].Count; j++)
                    G.DrawString(lines[i][j], font, XBrushes.Black, new XPoint(x + 3, _y + 3 + font.GetHeight() * (j + 0.8)));
                x += widths[i];
            }
            G.DrawLine(XPens.LightGray, Margin, _y + height, Margin + Width, _y + height);
            _y += height;
        }

        /// <summary>True when a new page had to be started for the next <paramref name="height"/> points.</summary>
        private bool Need(double height)
        {
            if (_g is not null && _y + height <= Bottom) return false;
            var fresh = _g is not null;
            NewPage();
            return fresh;
        }

        private XGraphics NewPage()
        {
            _g?.Dispose();
            _page = document.AddPage();
            _page.Size = PageSize.A4;
            _g = XGraphics.FromPdfPage(_page);
            _y = Margin;
            DrawFooter(_g);
            return _g;
        }

        private void DrawFooter(XGraphics g)
        {
            var top = _page.Height.Point - Margin - FooterHeight + 14;
            g.DrawLine(XPens.Gray, Margin, top - 6, _page.Width.Point - Margin, top - 6);
            var y = top;
            foreach (var line in footer)
            {
                foreach (var part in Wrap(g, line, w._small, Width - QrSize - 12))
                {
                    g.DrawString(part, w._small, XBrushes.Black, new XPoint(Margin, y + w._small.GetHeight() * 0.8));
                    y += w._small.GetHeight();
                }
            }
            g.DrawString((document.PageCount).ToString(CultureInfo.InvariantCulture), w._small, XBrushes.Gray,
                new XPoint(_page.Width.Point / 2, _page.Height.Point - Margin / 2));
            DrawQr(g, _page.Width.Point - Margin - QrSize, top);
        }

        private void DrawQr(XGraphics g, double left, double top)
        {
            var modules = qr.ModuleMatrix;
            var size = QrSize / modules.Count;
            for (var r = 0; r < modules.Count; r++)
                for (var c = 0; c < modules.Count; c++)
                    if (modules[r][c]) g.DrawRectangle(XBrushes.Black, left + c * size, top + r * size, size + 0.05, size + 0.05);
        }

        public void Finish() => _g?.Dispose();
    }
}
