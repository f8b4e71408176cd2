/** The fake keeps Office.js's rules: load/sync, batches, parsing of written values, limits. */
import { FakeExcel, FakeOfficeError, installFakeOffice } from "./fake";

function workbook(): FakeExcel {
  return new FakeExcel().addSheet("Data").setCells("Data", "A1", [
    ["Navn", "Tal"],
    ["a", 1],
    ["b", 2],
  ]);
}

describe("load and sync", () => {
  test("a property is readable only after load and sync", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B3");
      expect(() => range.values).toThrow(/not available/);
      range.load("values");
      expect(() => range.values).toThrow(FakeOfficeError);
      await context.sync();
      expect(range.values).toEqual([
        ["Navn", "Tal"],
        ["a", 1],
        ["b", 2],
      ]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(fake.syncs).toBe(1);
  });

  test("collections list their items after a sync; isNullObject needs a sync", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const missing = context.workbook.names.getItemOrNullObject("Nope").load("name");
      expect(() => sheets.items).toThrow(/not available/);
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Data"]);
      expect(missing.isNullObject).toBe(true);
      expect(() => sheets.items[0]?.position).toThrow(/not available/);
    });
  });

  test("a table's showTotals is read only after loading it, through the table or its collection", async () => {
    const fake = workbook()
      .addTable("Data", "A1:B3", "Med", { totalsRow: true })
      .setCells("Data", "D1", [["x"], [1]])
      .addTable("Data", "D1:D2", "Uden");
    await fake.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      const med = context.workbook.tables.getItem("Med").load("showTotals");
      await context.sync();
      expect(med.showTotals).toBe(true);
      expect(() => tables.items[0]?.showTotals).toThrow(/not available/);
      const again = context.workbook.tables.load("items/name,items/showTotals");
      await context.sync();
      expect(again.items.map((t) => [t.name, t.showTotals])).toEqual([
        ["Med", true],
        ["Uden", false],
      ]);
    });
  });

  test("writes take effect at sync, in order; a failure keeps the earlier ones and drops the rest", async () => {
    const fake = workbook();
    await expect(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Data");
        ws.getRange("C1").values = [["før"]];
        expect(fake.cell("Data", "C1").value).toBe("");
        ws.getRange("C2:D2").values = [["for kort"]]; // wrong shape: fails
        ws.getRange("C3").values = [["efter"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.cell("Data", "C1").value).toBe("før");
    expect(fake.cell("Data", "C3").value).toBe("");
    expect(fake.syncs).toBe(1);
  });

  test("loads of a failed batch are not delivered", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => range.values).toThrow(/not available/);
    });
  });

  test("injected failures hit the n-th write and count nothing", async () => {
    const fake = workbook();
    fake.failAtOperation(2);
    await expect(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Data");
        ws.getRange("C1").values = [[1]];
        ws.getRange("C2").values = [[2]];
        ws.getRange("C3").values = [[3]];
        await context.sync();
      })
    ).rejects.toThrow(/injected failure/);
    expect(fake.values("Data", "C1:C3")).toEqual([[1], [""], [""]]);
    expect(fake.writeOperations).toBe(1);
  });

  test("a request over the payload limit is refused as a whole", async () => {
    const fake = new FakeExcel({ payloadLimit: 1000 }).addSheet("Data");
    await expect(
      fake.run(async (context) => {
        const big = Array.from({ length: 100 }, (_, i) => [`række ${i}`]);
        context.workbook.worksheets.getItem("Data").getRange("A1:A100").values = big;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.cell("Data", "A1").value).toBe("");
  });
});

describe("what Excel makes of written values", () => {
  async function write(entries: unknown[][], via: "values" | "formulas" = "formulas") {
    const fake = workbook();
    const address = `E1:E${entries.length}`;
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange(address);
      if (via === "values") range.values = entries;
      else range.formulas = entries;
      await context.sync();
    });
    return fake;
  }

  test("a text starting with = becomes a formula, through values and formulas alike", async () => {
    for (const via of ["values", "formulas"] as const) {
      const fake = await write([["=B2+B3"], ['=HYPERLINK("http://x","y")']], via);
      expect(fake.cell("Data", "E1")).toMatchObject({ formula: "=B2+B3", value: 3 });
      expect(fake.cell("Data", "E2").formula).toBe('=HYPERLINK("http://x","y")');
    }
  });

  test("the text prefix keeps it text; so does a text number format", async () => {
    const fake = await write([
      ["'=B2+B3"],
      ["'+45 12 34 56 78"],
      ["'-job"],
      ["'@foo"],
      ["''quoted"],
    ]);
    expect(fake.values("Data", "E1:E5")).toEqual([
      ["=B2+B3"],
      ["+45 12 34 56 78"],
      ["-job"],
      ["@foo"],
      ["'quoted"],
    ]);
    expect(fake.cell("Data", "E1")).toMatchObject({
      formula: null,
      type: "String",
      quotePrefix: true,
    });
    const text = workbook().setNumberFormat("Data", "E1", "@");
    await text.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("E1").formulas = [["=B2"]];
      await context.sync();
    });
    expect(text.cell("Data", "E1")).toMatchObject({ formula: null, value: "=B2" });
  });

  test("+, - and @ start formulas; a malformed one is refused; numbers, booleans and dates are parsed", async () => {
    const fake = await write([
      ["-job"],
      ["24.2"],
      ["1,008"],
      ["5%"],
      ["TRUE"],
      ["2015-06-01"],
      ["#N/A"],
    ]);
    expect(fake.cell("Data", "E1")).toMatchObject({ formula: "=-job", value: "#NAME?" });
    expect(fake.values("Data", "E2:E5")).toEqual([[24.2], [1008], [0.05], [true]]);
    expect(fake.cell("Data", "E6")).toMatchObject({ value: 42156, numberFormat: "yyyy-mm-dd" });
    expect(fake.cell("Data", "E7")).toMatchObject({ type: "Error", value: "#N/A" });
    await expect(write([["+45 12 34 56 78"]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write([["=Nope!A1"]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("null leaves a cell, an empty string empties it", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2:B2").values = [[null, ""]];
      await context.sync();
    });
    expect(fake.values("Data", "A2:B2")).toEqual([["a", ""]]);
  });

  test("values, valueTypes, formulas and number formats as Office.js reports them", async () => {
    const fake = workbook()
      .setCell("Data", "C1", { formula: "=1/0" })
      .setCell("Data", "C2", { value: 42156, numberFormat: "yyyy-mm" })
      .setCell("Data", "C3", { error: "#N/A" });
    await fake.run(async (context) => {
      const r = context.workbook.worksheets
        .getItem("Data")
        .getRange("C1:C4")
        .load(["values", "valueTypes", "formulas", "numberFormat", "address"]);
      await context.sync();
      expect(r.values).toEqual([["#DIV/0!"], [42156], ["#N/A"], [""]]);
      expect(r.valueTypes).toEqual([["Error"], ["Double"], ["Error"], ["Empty"]]);
      expect(r.formulas).toEqual([["=1/0"], [42156], ["#N/A"], [""]]);
      expect(r.numberFormat).toEqual([["General"], ["yyyy-mm"], ["General"], ["General"]]);
      expect(r.address).toBe("Data!C1:C4");
    });
  });
});

describe("structure", () => {
  test("deleting a sheet turns names and formulas pointing at it into #REF!", async () => {
    const fake = workbook().addSheet("Other");
    fake.setCell("Other", "A1", { formula: "=Data!B2*2" }).addName("Mark", "=Data!$A$1");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    });
    expect(fake.cell("Other", "A1").formula).toBe("=#REF!B2*2");
    expect(fake.names()).toEqual([{ name: "Mark", formula: "=#REF!$A$1", type: "Error" }]);
  });

  test("a bare sheet name Excel reads as a reference is refused in formulas and names, as Excel does", async () => {
    const names = ["Ark1", "A1", "XFD1048576", "R1C1", "RC", "R2", "C3", "TRUE", "Budget 2016"];
    const fake = workbook();
    for (const name of [...names, "Økonomi", "O'Brien"])
      fake.addSheet(name).setCell(name, "A9", { value: 21 });
    const writeFormula = (formula: string) =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("D1").formulas = [[formula]];
        await context.sync();
      });
    for (const name of names) {
      await expect(writeFormula(`=${name}!$A$9*2`)).rejects.toMatchObject({
        code: "InvalidArgument",
      });
      await expect(writeFormula(`=SUM(${name}!A9:A10)`)).rejects.toMatchObject({
        code: "InvalidArgument",
      });
      const quoted = `'${name}'`;
      await writeFormula(`=${quoted}!$A$9*2`);
      expect(fake.cell("Data", "D1")).toMatchObject({ formula: `=${quoted}!$A$9*2`, value: 42 });
      await expect(
        fake.run(async (context) => {
          context.workbook.names.add("Mark", `=${name}!$A$1`);
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    // Letters of any script, digits, "_" and "." may stay bare; an apostrophe is doubled.
    await writeFormula("=Økonomi!A9+'O''Brien'!A9");
    expect(fake.cell("Data", "D1").value).toBe(42);
    // Text constants are no references.
    await writeFormula('="Ark1!A1"');
    expect(fake.cell("Data", "D1").value).toBe("Ark1!A1");
    expect(fake.names()).toEqual([]);
  });

  test("protection refuses writes", async () => {
    const fake = workbook().protectSheet("Data");
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    fake.protectSheet("Data", false).protectWorkbook();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.add("Ny");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.writeOperations).toBe(0);
  });

  test("installs as the globals Excel and Office", async () => {
    const target: Record<string, unknown> = {};
    const fake = installFakeOffice(target, workbook(), { displayLanguage: "en-US" });
    const office = target.Office as {
      context: { displayLanguage: string; document: { settings: unknown } };
      onReady: () => Promise<{ host: string }>;
    };
    expect(office.context.displayLanguage).toBe("en-US");
    expect(office.context.document.settings).toBe(fake.settings);
    expect((await office.onReady()).host).toBe("Excel");
    expect((target.Excel as { run: unknown }).run).toBe(fake.run);
  });
});
