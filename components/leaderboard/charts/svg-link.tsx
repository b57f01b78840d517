"use client";

import { useRouter } from "next/navigation";

/**
 * A link inside an SVG chart: a real <a href> (keyboard focus, middle click, "open in new tab") that navigates
 * client-side on a plain click.
 */
export function SvgLink({ href, label, children }: { href: string; label: string; children: React.ReactNode }) {
  const router = useRouter();
  return (
    <a
      href={href}
      aria-label={label}
      className="cursor-pointer outline-none focus-visible:opacity-70 [&:hover>*]:opacity-80"
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        router.push(href);
      }}
    >
      <title>{label}</title>
      {children}
    </a>
  );
}

/** A bar drawn as a linked rectangle; Recharts hands the geometry to a Bar's `shape`. */
export function LinkedRect(props: {
  href: string;
  label: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
}) {
  const { href, label, x = 0, y = 0, width = 0, height = 0, fill } = props;
  if (!(width > 0) || !(height > 0)) return null;
  return (
    <SvgLink href={href} label={label}>
      <rect x={x} y={y} width={width} height={height} fill={fill} rx={2} />
    </SvgLink>
  );
}
