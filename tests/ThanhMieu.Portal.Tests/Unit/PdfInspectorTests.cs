using System.IO.Compression;
using System.Text;
using ThanhMieu.Portal.Services;

namespace ThanhMieu.Portal.Tests.Unit;

/// <summary>The structure checks of a document's PDF, on the corpus and on disguises a plain text search would miss.</summary>
public sealed class PdfInspectorTests
{
    private static byte[] Corpus(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "Pdf", name));

    [Theory]
    [InlineData("valid.pdf", PdfProblem.None)]
    [InlineData("javascript.pdf", PdfProblem.JavaScript)]
    [InlineData("launch.pdf", PdfProblem.Launch)]
    [InlineData("embedded-file.pdf", PdfProblem.EmbeddedFile)]
    [InlineData("truncated.pdf", PdfProblem.Truncated)]
    [InlineData("html-renamed.pdf", PdfProblem.NotPdf)]
    public void TheCorpus_IsJudgedByItsStructure(string file, PdfProblem expected)
    {
        Assert.Equal(expected, PdfInspector.Inspect(Corpus(file)));
    }

    [Fact]
    public void AnEscapedName_IsReadAsTheNameItSpells()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /S /J#61vaScript >> endobj\n%%EOF\n");

        Assert.Equal(PdfProblem.JavaScript, PdfInspector.Inspect(pdf));
    }

    [Fact]
    public void ANameHiddenInACompressedObjectStream_IsFound()
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write("6 0 << /Type /Action /S /Launch /F (cmd.exe) >>"u8);
        }

        var pdf = Encoding.ASCII.GetBytes("%PDF-1.5\n7 0 obj << /Type /ObjStm /Filter /FlateDecode >>\nstream\n")
            .Concat(packed.ToArray()).Concat(Encoding.ASCII.GetBytes("\nendstream\nendobj\n%%EOF\n")).ToArray();

        Assert.Equal(PdfProblem.Launch, PdfInspector.Inspect(pdf));
    }

    [Fact]
    public void WordsThatOnlyStartLikeAForbiddenName_AreAccepted()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /JSONData (JavaScript) /LaunchDate 1 >> endobj\n%%EOF\n");

        Assert.Equal(PdfProblem.None, PdfInspector.Inspect(pdf));
    }

    [Fact]
    public void ContentAfterTheTrailer_CountsAsTruncatedOrAppended()
    {
        var pdf = Corpus("valid.pdf").Concat("<html>"u8.ToArray()).ToArray();

        Assert.Equal(PdfProblem.Truncated, PdfInspector.Inspect(pdf));
    }
}
