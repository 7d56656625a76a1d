// A client's record: name, address, postcode, coordinates (the map and the caregivers' travel
// times come from them) and notes for the caregivers.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "../api";
import { Form } from "../formErrors";
import { Field, FormActions, TextArea, useFieldId } from "../ui";
import type { Client } from "./data";
import { useT } from "../i18n/language";
import { inputDecimal } from "../format";

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
  const { t } = useT();
  const [name, setName] = useState(c?.name ?? "");
  const [address, setAddress] = useState(c?.address ?? "");
  const [postcode, setPostcode] = useState(c?.postcode ?? "");
  const [lat, setLat] = useState(c ? inputDecimal(c.lat, 7) : "");
  const [lon, setLon] = useState(c ? inputDecimal(c.lon, 7) : "");
  const [notes, setNotes] = useState(c?.notes ?? "");
  const titleId = useFieldId("client-form");
  // Opening the form moves the keyboard focus to it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  function submit(e: Event) {
    e.preventDefault();
    props.onSubmit({ name: name.trim(), address: address.trim(), postcode: postcode.trim(), lat: coordinate(lat), lon: coordinate(lon), notes });
  }

  return (
    <Form error={props.error} onSubmit={submit} aria-labelledby={titleId}>
      <h3 id={titleId} tabIndex={-1} ref={heading}>{props.title}</h3>
      <Field label={t("clientForm.name")} value={name} autoComplete="off" problem="name" onInput={(e) => setName(e.currentTarget.value)} />
      <div class="row">
        <Field
          label={t("client.address")}
          value={address}
          placeholder={t("clientForm.street")}
          problem="address"
          onInput={(e) => setAddress(e.currentTarget.value)}
        />
        <Field
          label={t("clientForm.postcode")}
          value={postcode}
          placeholder={t("clientForm.postcodeExample")}
          problem="postcode"
          onInput={(e) => setPostcode(e.currentTarget.value)}
        />
      </div>
      <div class="row">
        <Field
          label={t("clientForm.latitude")}
          inputMode="decimal"
          value={lat}
          placeholder={inputDecimal(52.0907, 4)}
          hint={t("clientForm.latitudeHint", { example: inputDecimal(52.0907, 4) })}
          problem="lat"
          onInput={(e) => setLat(e.currentTarget.value)}
        />
        <Field
          label={t("clientForm.longitude")}
          inputMode="decimal"
          value={lon}
          placeholder={inputDecimal(5.1214, 4)}
          hint={t("clientForm.longitudeHint", { example: inputDecimal(5.1214, 4) })}
          problem="lon"
          onInput={(e) => setLon(e.currentTarget.value)}
        />
      </div>
      <TextArea label={t("clientForm.notes")} rows={3} value={notes} problem="notes" onInput={(e) => setNotes(e.currentTarget.value)} />
      <FormActions busy={props.busy} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </Form>
  );
}
