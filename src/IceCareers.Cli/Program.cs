using System.Text;
using IceCareers.Cli;

Console.OutputEncoding = Encoding.UTF8;
// Laid out for the terminal: COLUMNS, else the window when the output is a terminal, else 80 columns.
return new CliApp(Console.Out, Console.Error, width: Text.Terminal()).Run(args);
