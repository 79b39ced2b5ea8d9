namespace Homeward.Domain.Assistance;

/// <summary>
/// Proof of a delivery (a receipt or delivery note) is a PDF, JPEG or PNG of at most 5 MB. The type is read from the
/// file's first bytes; a name that claims another type is refused too.
/// </summary>
public static class ProofFiles
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly (string ContentType, byte[] Signature, string[] Extensions)[] Accepted =
    [
        ("application/pdf", "%PDF-"u8.ToArray(), [".pdf"]),
        ("image/jpeg", [0xFF, 0xD8, 0xFF], [".jpg", ".jpeg"]),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [".png"]),
    ];

    /// <summary>Checks the file and returns the content type its bytes show.</summary>
    public static string Check(string fileName, ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
            throw new DomainRuleException("proof-empty", "The proof file is empty.", "proof");
        if (content.Length > MaxBytes)
            throw new DomainRuleException("proof-too-large", "The proof file is larger than 5 MB.", "proof");
        foreach (var (contentType, signature, extensions) in Accepted)
        {
            if (!content.StartsWith(signature)) continue;
            var extension = Path.GetExtension(fileName).ToLowerInvariant();
            if (extension.Length > 0 && !extensions.Contains(extension))
                throw new DomainRuleException("proof-type", $"The file is named {extension} but its content is {contentType}.", "proof");
            return contentType;
        }
        throw new DomainRuleException("proof-type", "The proof must be a PDF, JPEG or PNG file; this file's content is none of them.", "proof");
    }
}
