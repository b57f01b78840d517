import { describe, expect, it } from "vitest";
import { parseAllowlist } from "./allowlist";
import { checkUrl, type TNetPolicy, type TResolver } from "./check-target";
import { OutboundRefusedError } from "./errors";

// Scripted DNS: the names an attacker controls, and what they answer.
const dns: Record<string, string[]> = {
  localhost: ["127.0.0.1", "::1"],
  "metadata.google.internal": ["169.254.169.254"],
  "loopback.attacker.example": ["127.0.0.1"],
  "v6-loopback.attacker.example": ["::1"],
  "mapped.attacker.example": ["::ffff:10.1.2.3"],
  "mixed.attacker.example": ["93.184.215.14", "10.0.0.5"],
  "api.example.com": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:3c96"],
  ollama: ["172.18.0.5"],
};

const scriptedResolver: TResolver = async (hostname) => {
  const answer = dns[hostname.replace(/\.$/, "")];
  if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  return answer;
};

function policy(allowed = ""): TNetPolicy {
  const { entries, errors } = parseAllowlist(allowed);
  expect(errors).toEqual([]);
  return { allowlist: entries, resolve: scriptedResolver };
}

async function refusal(url: string, allowed = ""): Promise<OutboundRefusedError> {
  const error = await checkUrl(url, policy(allowed)).then(
    (addresses) => new Error(`${url} was allowed: ${addresses.join(", ")}`),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(OutboundRefusedError);
  return error as OutboundRefusedError;
}

// [payload, what the refusal must name]. Every IPv4 spelling goes through the WHATWG parser first.
const ssrfPayloads: [string, RegExp][] = [
  ["http://127.0.0.1/v1", /127\.0\.0\.1 is a loopback/],
  ["http://2130706433/v1", /127\.0\.0\.1 is a loopback/],
  ["http://017700000001/v1", /127\.0\.0\.1 is a loopback/],
  ["http://0x7f000001/v1", /127\.0\.0\.1 is a loopback/],
  ["http://0x7f.0x0.0x0.0x1/v1", /127\.0\.0\.1 is a loopback/],
  ["http://0177.0.0.01/v1", /127\.0\.0\.1 is a loopback/],
  ["http://127.1/v1", /127\.0\.0\.1 is a loopback/],
  ["http://127.0.0.1.:6379/", /127\.0\.0\.1 is a loopback/],
  ["http://１２７.０.０.１/v1", /127\.0\.0\.1 is a loopback/],
  ["http://0.0.0.0:8000/v1", /0\.0\.0\.0 is the unspecified/],
  ["http://0/v1", /0\.0\.0\.0 is the unspecified/],
  ["http://[::]/v1", /:: is the unspecified/],
  ["http://[::1]:8000/v1", /::1 is a loopback/],
  ["http://[::ffff:127.0.0.1]/v1", /::ffff:7f00:1 is a loopback/],
  ["http://[0:0:0:0:0:ffff:7f00:1]/v1", /::ffff:7f00:1 is a loopback/],
  ["http://[::ffff:169.254.169.254]/", /cloud metadata/],
  ["http://[::127.0.0.1]/v1", /reserved IPv6/],
  ["http://[64:ff9b::7f00:1]/v1", /NAT64/],
  ["http://[2002:7f00:1::]/v1", /6to4/],
  ["http://169.254.169.254/latest/meta-data/", /cloud metadata/],
  ["http://169.254.1.1/", /link-local/],
  ["http://[fd00:ec2::254]/latest/meta-data/", /cloud metadata/],
  ["http://100.100.100.200/latest/meta-data/", /cloud metadata/],
  ["http://100.64.0.1/v1", /carrier-grade NAT/],
  ["http://10.0.0.1/v1", /private network/],
  ["http://172.16.0.1/v1", /private network/],
  ["http://192.168.1.1/v1", /private network/],
  ["http://[fe80::1]/v1", /link-local/],
  ["http://[fc00::1]/v1", /unique local/],
  ["http://255.255.255.255/", /broadcast/],
  ["http://224.0.0.1/", /multicast/],
  ["http://240.0.0.1/", /reserved/],
  ["http://198.18.0.1/", /reserved/],
  ["http://localhost:11434/v1", /localhost resolves to 127\.0\.0\.1, which is a loopback/],
  ["http://metadata.google.internal/computeMetadata/v1/", /resolves to 169\.254\.169\.254, which is a cloud metadata/],
  ["http://loopback.attacker.example/v1", /resolves to 127\.0\.0\.1/],
  ["http://v6-loopback.attacker.example/v1", /resolves to ::1/],
  ["http://mapped.attacker.example/v1", /resolves to 10\.1\.2\.3, which is a private network/],
  ["https://mixed.attacker.example/v1", /resolves to 10\.0\.0\.5/],
];

describe("checkUrl refuses SSRF payloads", () => {
  it.each(ssrfPayloads)("%s", async (url, reason) => {
    const error = await refusal(url);
    expect(error.code).toBe("EVALBOARD_ADDRESS_REFUSED");
    expect(error.message).toMatch(reason);
    expect(error.message).toContain("EVALBOARD_ALLOWED_HOSTS");
  });

  it.each(["file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO", "ftp://example.com/", "data:text/plain,hi"])(
    "refuses the %s scheme",
    async (url) => {
      expect((await refusal(url)).code).toBe("EVALBOARD_PROTOCOL_REFUSED");
    },
  );

  it("names the exact entry that would allow the address, port included", async () => {
    expect((await refusal("http://localhost:11434/v1")).message).toContain('add "localhost:11434"');
    expect((await refusal("https://[::1]/v1")).message).toContain('add "[::1]:443"');
  });
});

describe("checkUrl allows", () => {
  it("public addresses, literal or resolved, returning every checked address", async () => {
    expect(await checkUrl("http://93.184.215.14/v1", policy())).toEqual(["93.184.215.14"]);
    expect(await checkUrl("https://api.example.com/v1", policy())).toEqual(dns["api.example.com"]);
  });

  it("passes the resolver's own error through for a name that does not resolve", async () => {
    await expect(checkUrl("https://nowhere.invalid/v1", policy())).rejects.toMatchObject({ code: "ENOTFOUND" });
  });
});

describe("EVALBOARD_ALLOWED_HOSTS", () => {
  it("an address entry allows that address on any port, by literal or by name, and nothing next to it", async () => {
    const allowed = "127.0.0.1";
    expect(await checkUrl("http://127.0.0.1:11434/v1", policy(allowed))).toEqual(["127.0.0.1"]);
    expect(await checkUrl("http://2130706433:4100/v1", policy(allowed))).toEqual(["127.0.0.1"]);
    expect(await checkUrl("http://loopback.attacker.example/v1", policy(allowed))).toEqual(["127.0.0.1"]);
    // localhost also answers ::1, which is not allowed: one forbidden address refuses the name.
    await refusal("http://localhost/v1", allowed);
    await refusal("http://127.0.0.2/v1", allowed);
    await refusal("http://[::1]/v1", allowed);
    await refusal("http://169.254.169.254/", allowed);
  });

  it("a port pins the entry to that port", async () => {
    const allowed = "127.0.0.1:3000, [::1]:8000";
    expect(await checkUrl("http://127.0.0.1:3000/api/local/v1", policy(allowed))).toEqual(["127.0.0.1"]);
    expect(await checkUrl("http://[::1]:8000/v1", policy(allowed))).toEqual(["::1"]);
    await refusal("http://127.0.0.1:6379/", allowed);
    await refusal("http://127.0.0.1/", allowed);
    await refusal("http://[::1]:8001/v1", allowed);
  });

  it("a CIDR allows its range only", async () => {
    const allowed = "10.0.0.0/8,fd00::/8";
    expect(await checkUrl("http://10.20.30.40:8000/v1", policy(allowed))).toEqual(["10.20.30.40"]);
    expect(await checkUrl("http://mapped.attacker.example/v1", policy(allowed))).toEqual(["10.1.2.3"]);
    expect(await checkUrl("http://[fd12::1]/v1", policy(allowed))).toEqual(["fd12::1"]);
    await refusal("http://192.168.0.10/v1", allowed);
    await refusal("http://[fc00::1]/v1", allowed);
  });

  it("a host name entry allows what that name resolves to, and only that name", async () => {
    expect(await checkUrl("http://ollama:11434/v1", policy("ollama"))).toEqual(["172.18.0.5"]);
    expect(await checkUrl("http://OLLAMA.:11434/v1", policy("ollama:11434"))).toEqual(["172.18.0.5"]);
    await refusal("http://ollama:8080/v1", "ollama:11434");
    await refusal("http://loopback.attacker.example/v1", "ollama");
    // A name entry does not vouch for a literal address.
    await refusal("http://172.18.0.5/v1", "ollama");
  });
});

describe("parseAllowlist", () => {
  it("reports each invalid entry by name", () => {
    const { entries, errors } = parseAllowlist("127.0.0.1, http://gpu-box:8000, 10.0.0.0/33, gpu-box:99999, a b,,");
    expect(entries.map((entry) => entry.text)).toEqual(["127.0.0.1"]);
    expect(errors).toEqual([
      expect.stringMatching(/^"http:\/\/gpu-box:8000": .*not a URL/),
      expect.stringMatching(/^"10\.0\.0\.0\/33": not a valid CIDR/),
      expect.stringMatching(/^"gpu-box:99999": the port/),
      expect.stringMatching(/^"a b": not a valid host name/),
    ]);
  });

  it("is empty by default", () => {
    expect(parseAllowlist("")).toEqual({ entries: [], errors: [] });
  });
});
