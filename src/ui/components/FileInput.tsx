// The file input behind a visible "choose a file…" button: hidden but labelled, out of the tab
// order (the button is what a keyboard reaches), and emptied after each choice so that choosing
// the same file again is seen as a choice.
import { forwardRef } from 'react';
import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface FileInputProps {
  id: string;
  accept: string;
  label: string;
  onFile(file: File): void;
}

export const FileInput = forwardRef<HTMLInputElement, FileInputProps>(function FileInput({ id, accept, label, onFile }, ref) {
  const styles = useStyles();
  return (
    <input
      ref={ref}
      id={id}
      className={styles.hidden}
      type="file"
      accept={accept}
      aria-label={label}
      tabIndex={-1}
      onChange={(e) => {
        const picked = e.currentTarget.files?.[0];
        e.currentTarget.value = '';
        if (picked) onFile(picked);
      }}
    />
  );
});
