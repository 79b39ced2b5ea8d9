using System.Text.Json;
using ICSharpCode.SharpZipLib.Zip;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Homeward.Web.Features.SubjectAccess;

/// <summary>
/// A subject access export as a password-protected archive, the form in which personal data leaves Homeward:
/// a ZIP whose entries (the JSON and the readable page) are encrypted with AES-256, which 7-Zip and most archive
/// tools open with the password. The password is never stored.
/// </summary>
[Infrastructure.ScopedService]
public sealed class SubjectAccessArchive(IServiceProvider services, ILoggerFactory loggers, IOptions<JsonOptions> json)
{
    public const int MinimumPasswordLength = 12;

    public async Task<byte[]> BuildAsync(SubjectAccessPackage package, string password)
    {
        var jsonBytes = JsonSerializer.SerializeToUtf8Bytes(package, json.Value.SerializerOptions);
        var html = await RenderPageAsync(package);

        using var buffer = new MemoryStream();
        using (var zip = new ZipOutputStream(buffer) { IsStreamOwner = false })
        {
            zip.SetLevel(6);
            zip.Password = password;
            Add(zip, "subject-access.json", jsonBytes, package.ExportedAt);
            Add(zip, "subject-access.html", System.Text.Encoding.UTF8.GetBytes(html), package.ExportedAt);
        }
        return buffer.ToArray();
    }

    private static void Add(ZipOutputStream zip, string name, byte[] content, DateTime at)
    {
        zip.PutNextEntry(new ZipEntry(name) { AESKeySize = 256, DateTime = at, Size = content.Length });
        zip.Write(content, 0, content.Length);
        zip.CloseEntry();
    }

    // The same page the officer reads with format=html, rendered outside a request.
    private async Task<string> RenderPageAsync(SubjectAccessPackage package)
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(SubjectAccessDocument.Package)] = package });
            var output = await renderer.RenderComponentAsync<SubjectAccessDocument>(parameters);
            return output.ToHtmlString();
        });
    }
}
