using Homeward.Domain.Assistance;

namespace Homeward.Domain.Tests.Assistance;

public class ProofFilesTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16];

    [Theory]
    [InlineData("receipt.pdf", "application/pdf")]
    [InlineData("RECEIPT.PDF", "application/pdf")]
    [InlineData("receipt", "application/pdf")]
    public void Check_Pdf_IsAccepted(string name, string type) => Assert.Equal(type, ProofFiles.Check(name, Pdf));

    [Fact]
    public void Check_ImagesByTheirBytes_AreAccepted()
    {
        Assert.Equal("image/png", ProofFiles.Check("note.png", Png));
        Assert.Equal("image/jpeg", ProofFiles.Check("note.jpeg", Jpeg));
        Assert.Equal("image/jpeg", ProofFiles.Check("note.jpg", Jpeg));
    }

    [Fact]
    public void Check_PdfNameWithOtherContent_IsRefusedNamingTheProof()
    {
        var ex = Assert.Throws<DomainRuleException>(() => ProofFiles.Check("receipt.pdf", "just some text"u8));
        Assert.Equal("proof", ex.Field);
        Assert.Equal("proof-type", ex.Code);
    }

    [Fact]
    public void Check_NameClaimingAnotherType_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => ProofFiles.Check("receipt.pdf", Png));
        Assert.Equal("proof-type", ex.Code);
    }

    [Fact]
    public void Check_EmptyOrLargerThan5MB_IsRefused()
    {
        Assert.Equal("proof-empty", Assert.Throws<DomainRuleException>(() => ProofFiles.Check("a.pdf", [])).Code);
        var big = new byte[ProofFiles.MaxBytes + 1];
        Pdf.CopyTo(big, 0);
        Assert.Equal("proof-too-large", Assert.Throws<DomainRuleException>(() => ProofFiles.Check("a.pdf", big)).Code);
    }
}
