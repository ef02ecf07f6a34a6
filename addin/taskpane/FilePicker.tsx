import { Button } from '@fluentui/react-components';
import { useRef } from 'react';

/**
 * A themed Fluent button that opens the browser's file picker; the bare input stays out of sight
 * (it cannot follow Office's theme). The same files picked again are a new pick.
 */
export function FilePicker({
  label,
  accept,
  testId,
  multiple = false,
  disabledFocusable = false,
  className,
  onPick,
}: {
  label: string;
  accept: string;
  testId: string;
  multiple?: boolean;
  disabledFocusable?: boolean;
  className?: string;
  onPick: (files: File[]) => void;
}) {
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <>
      <Button
        className={className}
        disabledFocusable={disabledFocusable}
        onClick={() => input.current?.click()}
      >
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        multiple={multiple}
        accept={accept}
        data-testid={testId}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length > 0) onPick(files);
        }}
      />
    </>
  );
}
