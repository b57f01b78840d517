"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { TableHead } from "@/components/ui/table-head";
import { card, cardTitle, errorBox, input, label, primaryButton, select } from "@/components/ui/styles";
import { authClient, describeAuthError } from "@/lib/auth/client";
import { ROLE_LABELS, ROLES, type TRole } from "@/lib/auth/roles";

export type TUserRow = { id: string; name: string; email: string; role: TRole | null; createdAt: string };

const columns = [
  { key: "name", label: "Name" },
  { key: "email", label: "Email" },
  { key: "since", label: "Since" },
  { key: "role", label: "Role", className: "w-48" },
];

type TProps = { users: TUserRow[]; currentUserId: string; minPasswordLength: number };

export function UserAdmin({ users, currentUserId, minPasswordLength }: TProps) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [notice, setNotice] = useState("");
  const [pending, setPending] = useState(false);

  // onSubmit rather than a form action, so a refused attempt keeps what was typed; cleared on success.
  async function create(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    setError("");
    setNotice("");
    const email = String(form.get("email")).trim();
    const { error: failure } = await authClient.admin.createUser({
      name: String(form.get("name")).trim(),
      email,
      password: String(form.get("password")),
      role: String(form.get("role")) as TRole,
    });
    setPending(false);
    if (failure) return setError(describeAuthError(failure));
    formElement.reset();
    setNotice(`${email} can now sign in. Give them their password over a safe channel.`);
    router.refresh();
  }

  async function changeRole(user: TUserRow, role: TRole) {
    setError("");
    const { error: failure } = await authClient.admin.setRole({ userId: user.id, role });
    if (failure) return setError(describeAuthError(failure));
    setNotice(`${user.email} is now ${role}.`);
    router.refresh();
  }

  return (
    <div className="space-y-6">
      <section className={`${card} p-5`}>
        <h2 className={cardTitle}>New user</h2>
        <form onSubmit={create} className="mt-4 grid grid-cols-[1fr_1fr_1fr_10rem_auto] items-end gap-3">
          <Field id="user-name" name="name" text="Name" />
          <Field id="user-email" name="email" text="Email" type="email" />
          <Field id="user-password" name="password" text="Password" type="password" minLength={minPasswordLength} />
          <div>
            <label htmlFor="user-role" className={label}>
              Role
            </label>
            <select id="user-role" name="role" defaultValue="viewer" className={`${select} mt-1`}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {role}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={primaryButton} disabled={pending}>
            {pending ? "Creating…" : "Create"}
          </button>
        </form>
        {notice ? <p className="mt-4 text-sm text-emerald-700">{notice}</p> : null}
        {error ? (
          <p role="alert" className={`${errorBox} mt-4`}>
            {error}
          </p>
        ) : null}
      </section>
      <section className={`${card} overflow-hidden`}>
        <table className="w-full text-left text-sm">
          <TableHead columns={columns} />
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => (
              <tr key={user.id}>
                <td className="px-4 py-3 pl-5 font-medium text-slate-900">
                  {user.name}
                  {user.id === currentUserId ? <span className="ml-2 text-xs text-slate-500">(you)</span> : null}
                </td>
                <td className="px-4 py-3 text-slate-600">{user.email}</td>
                <td className="px-4 py-3 text-slate-600">{new Date(user.createdAt).toLocaleDateString("en-GB")}</td>
                <td className="px-4 py-3 pr-5">
                  <select
                    aria-label={`Role of ${user.email}`}
                    value={user.role ?? ""}
                    // Demoting yourself could leave the install without an admin.
                    disabled={user.id === currentUserId}
                    title={user.role ? ROLE_LABELS[user.role] : "No valid role"}
                    onChange={(event) => changeRole(user, event.target.value as TRole)}
                    className={select}
                  >
                    {user.role ? null : <option value="">no role</option>}
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {role}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

type TFieldProps = { id: string; name: string; text: string; type?: string; minLength?: number };

function Field({ id, name, text, type = "text", minLength }: TFieldProps) {
  return (
    <div>
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <input id={id} name={name} type={type} required minLength={minLength} className={`${input} mt-1`} />
    </div>
  );
}
