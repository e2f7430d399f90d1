// The namespaces most of this project's files use (the SDK's ImplicitUsings habit, for our own and our libraries').
// A namespace only a few files need stays in those files.
global using System.Globalization;
