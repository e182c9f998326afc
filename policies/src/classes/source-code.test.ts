import { describe, expect, it } from 'vitest';
import { classOf } from './test-helpers';

describe('classes/source_code', () => {
  it.each([
    ['python', 'import os\n\nclass Loader:\n    def load(self, path):\n        if not path:\n            return None\n        elif path.endswith(".py"):\n            print(path)\n'],
    ['typescript', "import type { Foo } from './foo';\nexport interface Bar {\n  id: string;\n}\nexport const f = async (x: number): Promise<void> => {\n  console.log(x);\n};\n"],
    ['javascript', "const x = require('fs');\nfunction read(p) {\n  return x.readFileSync(p);\n}\nmodule.exports = { read };\n"],
    ['go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1\n\tif err != nil {\n\t\tfmt.Println(x)\n\t}\n}\n'],
    ['sql', 'SELECT id, email FROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nWHERE c.region = \'EU\';'],
    ['java', 'public class Main {\n  @Override\n  public static void main(String[] args) {\n    System.out.println("hi");\n  }\n}\n'],
  ])('%s', (lang, text) => {
    const r = classOf(text, 'source_code');
    expect(r?.detail).toBe(lang);
    expect(r?.evidence).toContain(`lang:${lang}`);
  });

  it('prose is not code', () => expect(classOf('Please summarise this meeting: we agreed to ship on Friday and review metrics next week.', 'source_code')).toBeUndefined());
});
