// A client's record: name, address, postcode, coordinates (the map and the caregivers' travel
// times come from them) and notes for the caregivers.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "../api";
import { Field, FormActions, fieldError, useFieldId } from "../ui";
import type { Client } from "./data";

export interface ClientBody {
  name: string;
  address: string;
  postcode: string;
  lat: number | string;
  lon: number | string;
  notes: string;
}

function coordinate(text: string): number | string {
  const n = Number(text.replace(",", "."));
  return text.trim() !== "" && Number.isFinite(n) ? n : text;
}

export function ClientForm(props: {
  client?: Client;
  title: string;
  submitLabel: string;
  error: ApiError | null;
  busy: boolean;
  onSubmit: (body: ClientBody) => void;
  onCancel?: () => void;
}) {
  const c = props.client;
  const [name, setName] = useState(c?.name ?? "");
  const [address, setAddress] = useState(c?.address ?? "");
  const [postcode, setPostcode] = useState(c?.postcode ?? "");
  const [lat, setLat] = useState(c ? String(c.lat) : "");
  const [lon, setLon] = useState(c ? String(c.lon) : "");
  const [notes, setNotes] = useState(c?.notes ?? "");
  const titleId = useFieldId("client-form");
  // Opening the form moves the keyboard focus to it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const notesId = useFieldId("notes");
  const error = props.error;
  const notesError = fieldError(error, "notes");

  function submit(e: Event) {
    e.preventDefault();
    props.onSubmit({ name: name.trim(), address: address.trim(), postcode: postcode.trim(), lat: coordinate(lat), lon: coordinate(lon), notes });
  }

  return (
    <form onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId} tabIndex={-1} ref={heading}>{props.title}</h3>
      <Field label="Name" value={name} autoComplete="off" error={fieldError(error, "name")} onInput={(e) => setName(e.currentTarget.value)} />
      <div class="row">
        <Field
          label="Address"
          value={address}
          placeholder="Street and number"
          error={fieldError(error, "address")}
          onInput={(e) => setAddress(e.currentTarget.value)}
        />
        <Field
          label="Postcode"
          value={postcode}
          placeholder="3511 AB"
          error={fieldError(error, "postcode")}
          onInput={(e) => setPostcode(e.currentTarget.value)}
        />
      </div>
      <div class="row">
        <Field
          label="Latitude"
          inputMode="decimal"
          value={lat}
          placeholder="52.0907"
          hint="Of the front door, e.g. 52.0907"
          error={fieldError(error, "lat")}
          onInput={(e) => setLat(e.currentTarget.value)}
        />
        <Field
          label="Longitude"
          inputMode="decimal"
          value={lon}
          placeholder="5.1214"
          hint="e.g. 5.1214"
          error={fieldError(error, "lon")}
          onInput={(e) => setLon(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={notesId}>Notes for caregivers</label>
        <textarea
          id={notesId}
          rows={3}
          value={notes}
          aria-invalid={notesError ? "true" : undefined}
          onInput={(e) => setNotes(e.currentTarget.value)}
        />
        {notesError && <small class="field-error">{notesError}</small>}
      </div>
      <FormActions busy={props.busy} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
