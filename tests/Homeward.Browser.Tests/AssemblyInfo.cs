[assembly: AssemblyFixture(typeof(Homeward.Browser.Tests.BrowserHost))]
